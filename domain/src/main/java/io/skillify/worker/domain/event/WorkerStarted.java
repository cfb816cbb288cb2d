package io.skillify.worker.domain.event;

import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.WorkerId;
import java.time.Instant;

/** A worker reported {@code running} for the first time; its task is {@code in_progress} (realtime {@code worker:started}). */
public record WorkerStarted(WorkspaceId workspaceId, WorkerId workerId, TaskId taskId, Instant startedAt)
        implements DomainEvent {
}
