package io.skillify.workspace.domain.view;

import io.skillify.shared.domain.AccountId;
import io.skillify.workspace.domain.MembershipStatus;
import io.skillify.workspace.domain.Role;
import java.time.Instant;

/** A member, or an invited account, with the name and type of its account; an invitation's joinedAt is its date. */
public record MemberView(AccountId accountId, String name, String type, Role role, MembershipStatus status,
                         Instant joinedAt) {
}
