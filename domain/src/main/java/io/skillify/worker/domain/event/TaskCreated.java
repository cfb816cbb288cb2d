package io.skillify.worker.domain.event;

import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.TaskId;

public record TaskCreated(WorkspaceId workspaceId, TaskId taskId) implements DomainEvent {
}
