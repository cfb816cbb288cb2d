package io.skillify.identity.domain;

import io.skillify.shared.domain.AccountId;
import java.time.Instant;
import java.util.UUID;

/** Accounts with fixed instants and random ids. */
final class AccountFixtures {

    static final Instant CREATED_AT = Instant.parse("2025-01-01T09:00:00Z");
    static final Instant LATER = Instant.parse("2025-01-02T09:00:00Z");
    static final Instant MUCH_LATER = Instant.parse("2025-02-01T09:00:00Z");

    private AccountFixtures() {
    }

    static AccountId anAccountId() {
        return new AccountId(UUID.randomUUID());
    }

    static Account anAdmin() {
        return Account.firstAdministrator(anAccountId(), CREATED_AT);
    }

    static Account aWorkerLevelUser() {
        return Account.sessionUser(anAccountId(), "oidc|" + UUID.randomUUID(), new AccountName("Ada"), CREATED_AT);
    }
}
