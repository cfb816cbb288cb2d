package io.skillify.identity.application.port.in;

import io.skillify.identity.domain.AccessLevel;
import io.skillify.identity.domain.Account;
import io.skillify.identity.domain.AccountType;
import io.skillify.shared.domain.AccountId;
import java.time.Instant;

/** An account as callers see it: never a key or a digest. */
public record AccountView(AccountId id, String name, AccountType type, AccessLevel level, int maxConcurrentWorkers,
                          AccountId ownerId, Instant createdAt, Instant revokedAt) {

    public static AccountView of(Account account) {
        return new AccountView(account.id(), account.name().value(), account.type(), account.level(),
                account.workerLimit().value(), account.ownerId().orElse(null), account.createdAt(),
                account.revokedAt().orElse(null));
    }
}
