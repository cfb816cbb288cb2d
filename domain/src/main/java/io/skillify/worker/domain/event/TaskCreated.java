package io.skillify.worker.domain.event;

import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.TaskId;
import java.time.Instant;

/** A task was created, {@code pending} (realtime {@code task:created}). */
public record TaskCreated(WorkspaceId workspaceId, TaskId taskId, Instant createdAt) implements DomainEvent {
}
