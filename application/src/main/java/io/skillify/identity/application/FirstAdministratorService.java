package io.skillify.identity.application;

import io.skillify.identity.application.port.in.AccountView;
import io.skillify.identity.application.port.in.EnsureFirstAdministratorUseCase;
import io.skillify.identity.application.port.out.AccountRepository;
import io.skillify.identity.application.port.out.ApiKeyRepository;
import io.skillify.identity.domain.Account;
import io.skillify.identity.domain.ApiKey;
import io.skillify.identity.domain.ApiKeySecret;
import io.skillify.shared.application.Ids;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

@UseCase
class FirstAdministratorService implements EnsureFirstAdministratorUseCase {

    private final AccountRepository accounts;
    private final ApiKeyRepository keys;
    private final TransactionRunner transactions;
    private final SecureRandom random;
    private final Clock clock;

    FirstAdministratorService(AccountRepository accounts, ApiKeyRepository keys, TransactionRunner transactions,
                              SecureRandom random, Clock clock) {
        this.accounts = accounts;
        this.keys = keys;
        this.transactions = transactions;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public Optional<FirstAdministrator> ensureFirstAdministrator(String configuredKey) {
        Optional<ApiKeySecret> configured = ApiKeySecret.parse(configuredKey);
        boolean rejected = configuredKey != null && !configuredKey.isBlank() && configured.isEmpty();
        ApiKeySecret secret = configured.orElseGet(() -> ApiKeySecret.generate(random));
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            if (accounts.anyExistsLockingFirstStart()) {
                return Optional.empty();
            }
            Account admin = Account.firstAdministrator(new AccountId(Ids.next()), now);
            accounts.insert(admin);
            keys.insert(ApiKey.issue(Ids.next(), admin.id(), secret, now));
            String shownOnce = configured.isPresent() ? null : secret.plaintext();
            return Optional.of(new FirstAdministrator(AccountView.of(admin), shownOnce, rejected));
        });
    }
}
