package io.skillify.identity.application;

import io.skillify.identity.application.port.in.AccountView;
import io.skillify.identity.application.port.in.CreateAccountCommand;
import io.skillify.identity.application.port.in.CreateAccountUseCase;
import io.skillify.identity.application.port.in.IssuedAccount;
import io.skillify.identity.application.port.out.AccountRepository;
import io.skillify.identity.application.port.out.ApiKeyRepository;
import io.skillify.identity.domain.Account;
import io.skillify.identity.domain.ApiKey;
import io.skillify.identity.domain.ApiKeySecret;
import io.skillify.shared.application.Ids;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

@UseCase
class CreateAccountService implements CreateAccountUseCase {

    private final AccountRepository accounts;
    private final ApiKeyRepository keys;
    private final TransactionRunner transactions;
    private final SecureRandom random;
    private final Clock clock;

    CreateAccountService(AccountRepository accounts, ApiKeyRepository keys, TransactionRunner transactions,
                         SecureRandom random, Clock clock) {
        this.accounts = accounts;
        this.keys = keys;
        this.transactions = transactions;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public IssuedAccount create(CreateAccountCommand command) {
        Instant now = clock.instant();
        ApiKeySecret secret = ApiKeySecret.generate(random);
        return transactions.inTransaction(() -> {
            Account creator = accounts.lockActiveCreator(command.creator())
                    .orElseThrow(() -> new NotFoundException("Account"));
            Account created = creator.register(new AccountId(Ids.next()), command.name(), command.type(),
                    command.level(), command.workerLimit(), now);
            accounts.insert(created);
            keys.insert(ApiKey.issue(Ids.next(), created.id(), secret, now));
            return new IssuedAccount(AccountView.of(created), secret.plaintext());
        });
    }
}
