package io.skillify.identity.application;

import io.skillify.identity.application.port.in.AccountView;
import io.skillify.identity.application.port.in.AuthenticateApiKeyUseCase;
import io.skillify.identity.application.port.in.ProvisionSessionAccountUseCase;
import io.skillify.identity.application.port.out.AccountRepository;
import io.skillify.identity.application.port.out.ApiKeyRepository;
import io.skillify.identity.domain.Account;
import io.skillify.identity.domain.AccountName;
import io.skillify.identity.domain.ApiKeySecret;
import io.skillify.shared.application.Ids;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.InvalidInputException;
import java.time.Clock;
import java.util.Optional;

@UseCase
class AuthenticationService implements AuthenticateApiKeyUseCase, ProvisionSessionAccountUseCase {

    private final ApiKeyRepository keys;
    private final AccountRepository accounts;
    private final TransactionRunner transactions;
    private final Clock clock;

    AuthenticationService(ApiKeyRepository keys, AccountRepository accounts, TransactionRunner transactions,
                          Clock clock) {
        this.keys = keys;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<AccountView> authenticate(String presentedKey) {
        return ApiKeySecret.parse(presentedKey).flatMap(secret -> {
            var digest = secret.digest();
            return keys.findActiveHolder(digest)
                    .filter(holder -> holder.storedDigest().matches(digest))
                    .map(holder -> AccountView.of(holder.account()));
        });
    }

    @Override
    public Optional<AccountView> accountForSession(String subject, String displayName) {
        Account known = accounts.findBySubject(subject).orElseGet(() -> provision(subject, displayName));
        return Optional.of(known).filter(Account::isActive).map(AccountView::of);
    }

    /** First sight of a subject; concurrent first requests of one subject end with the same single account. */
    private Account provision(String subject, String displayName) {
        Account candidate = Account.sessionUser(new AccountId(Ids.next()), subject, nameFor(subject, displayName),
                clock.instant());
        return transactions.inTransaction(() -> {
            Account stored = accounts.insertSessionUserIfAbsent(candidate);
            if (stored.id().equals(candidate.id())) {
            }
            return stored;
        });
    }

    private static AccountName nameFor(String subject, String displayName) {
        for (String candidate : new String[] {displayName, subject}) {
            try {
                return new AccountName(candidate);
            } catch (InvalidInputException unusable) {
                // try the next candidate
            }
        }
        return new AccountName("user");
    }
}
