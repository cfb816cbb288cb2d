package io.skillify.worker.domain.event;

import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.WorkerId;

/** An admin took a task away from its worker ({@code previousWorker}, failed) and put it back up for claims. */
public record TaskReassigned(WorkspaceId workspaceId, TaskId taskId, WorkerId previousWorker) implements DomainEvent {
}
