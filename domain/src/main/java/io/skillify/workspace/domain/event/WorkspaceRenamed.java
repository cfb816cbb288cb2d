package io.skillify.workspace.domain.event;

import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;

public record WorkspaceRenamed(WorkspaceId workspaceId, String name) implements DomainEvent {
}
