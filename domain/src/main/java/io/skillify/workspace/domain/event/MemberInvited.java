package io.skillify.workspace.domain.event;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.domain.Role;

/** An account was invited; it becomes a member only when it (or the account that owns it) accepts. */
public record MemberInvited(WorkspaceId workspaceId, AccountId accountId, Role role, AccountId invitedBy)
        implements DomainEvent {
}
