package io.skillify.worker.domain.event;

import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.WorkerId;
import java.time.Instant;

/**
 * An admin took a task away from its worker ({@code previousWorker}, failed) and put it back up for claims (or its
 * worker's account left): {@code pending} again.
 */
public record TaskReassigned(WorkspaceId workspaceId, TaskId taskId, WorkerId previousWorker, Instant reassignedAt)
        implements DomainEvent {
}
