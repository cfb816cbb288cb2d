package io.skillify.workspace.domain.event;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.domain.Role;

public record MemberRoleChanged(WorkspaceId workspaceId, AccountId accountId, Role from, Role to)
        implements DomainEvent {
}
