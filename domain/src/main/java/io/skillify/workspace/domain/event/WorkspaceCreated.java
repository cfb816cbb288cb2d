package io.skillify.workspace.domain.event;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;

public record WorkspaceCreated(WorkspaceId workspaceId, String name, AccountId owner) implements DomainEvent {
}
