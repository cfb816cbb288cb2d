package io.skillify.workspace.application.port.in;

import io.skillify.shared.domain.AccountId;
import io.skillify.workspace.domain.Role;
import java.time.Instant;

/** A member with the name and type of its account. */
public record MemberView(AccountId accountId, String name, String type, Role role, Instant joinedAt) {
}
