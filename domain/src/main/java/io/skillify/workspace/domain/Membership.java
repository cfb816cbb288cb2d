package io.skillify.workspace.domain;

import io.skillify.shared.domain.AccountId;
import java.time.Instant;
import java.util.Objects;

/** An account's place in a workspace. */
public record Membership(AccountId accountId, Role role, Instant joinedAt) {

    public Membership {
        Objects.requireNonNull(accountId);
        Objects.requireNonNull(role);
        Objects.requireNonNull(joinedAt);
    }

    Membership withRole(Role newRole) {
        return new Membership(accountId, newRole, joinedAt);
    }
}
