package io.skillify.workspace.domain.event;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.domain.Role;

public record MemberAdded(WorkspaceId workspaceId, AccountId accountId, Role role) implements DomainEvent {
}
