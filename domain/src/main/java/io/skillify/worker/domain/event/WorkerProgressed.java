package io.skillify.worker.domain.event;

import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.WorkerStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A live worker reported (realtime {@code worker:progress}; throttling is the consumer's business): its status,
 * progress, cost so far and turns after the report.
 */
public record WorkerProgressed(WorkspaceId workspaceId, WorkerId workerId, TaskId taskId, WorkerStatus status,
                               int progress, BigDecimal costUsd, Integer turns, Instant updatedAt)
        implements DomainEvent {
}
