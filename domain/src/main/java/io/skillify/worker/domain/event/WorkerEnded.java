package io.skillify.worker.domain.event;

import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.WorkerStatus;

/** A worker reached {@code completed} or {@code failed} (by its own report, a lease expiry, a reassign or cancel). */
public record WorkerEnded(WorkspaceId workspaceId, WorkerId workerId, TaskId taskId, WorkerStatus status,
                          String error) implements DomainEvent {
}
