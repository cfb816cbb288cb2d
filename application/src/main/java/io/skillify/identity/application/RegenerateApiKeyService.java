package io.skillify.identity.application;

import io.skillify.identity.application.port.in.RegenerateApiKeyUseCase;
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
import java.util.List;

@UseCase
class RegenerateApiKeyService implements RegenerateApiKeyUseCase {

    private final AccountRepository accounts;
    private final ApiKeyRepository keys;
    private final TransactionRunner transactions;
    private final SecureRandom random;
    private final Clock clock;

    RegenerateApiKeyService(AccountRepository accounts, ApiKeyRepository keys, TransactionRunner transactions,
                            SecureRandom random, Clock clock) {
        this.accounts = accounts;
        this.keys = keys;
        this.transactions = transactions;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public String regenerate(AccountId actor, AccountId target) {
        Instant now = clock.instant();
        ApiKeySecret secret = ApiKeySecret.generate(random);
        return transactions.inTransaction(() -> {
            Account account = accounts.lockActive(target).orElseThrow(() -> new NotFoundException("Account"));
            Account caller = accounts.findById(actor).filter(Account::isActive)
                    .orElseThrow(() -> new NotFoundException("Account"));
            if (!caller.mayRotateKeyOf(account)) {
                throw new NotFoundException("Account");
            }
            keys.revokeAllOf(List.of(target), now);
            keys.insert(ApiKey.issue(Ids.next(), target, secret, now));
            return secret.plaintext();
        });
    }
}
