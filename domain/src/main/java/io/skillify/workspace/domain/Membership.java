package io.skillify.workspace.domain;

import io.skillify.shared.domain.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * An account's place in a workspace: a member, or an invitation waiting for the account's consent. {@code since} is
 * when it joined, or for an invitation when it was invited; {@code invitedBy} is absent for accounts added at once.
 */
public record Membership(AccountId accountId, Role role, MembershipStatus status, Instant since, AccountId invitedBy) {

    public Membership {
        Objects.requireNonNull(accountId);
        Objects.requireNonNull(role);
        Objects.requireNonNull(status);
        Objects.requireNonNull(since);
    }

    /** A member from {@code joinedAt} on. */
    public Membership(AccountId accountId, Role role, Instant joinedAt) {
        this(accountId, role, MembershipStatus.ACTIVE, joinedAt, null);
    }

    static Membership invitation(AccountId accountId, Role role, AccountId invitedBy, Instant invitedAt) {
        return new Membership(accountId, role, MembershipStatus.INVITED, invitedAt, Objects.requireNonNull(invitedBy));
    }

    public boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }

    Membership withRole(Role newRole) {
        return new Membership(accountId, newRole, status, since, invitedBy);
    }

    Membership accepted(Instant joinedAt) {
        return new Membership(accountId, role, MembershipStatus.ACTIVE, joinedAt, invitedBy);
    }
}
