package io.skillify.worker.domain.event;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.WorkerStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A worker reached {@code completed} or {@code failed} (by its own report, a lease expiry, a reassign or cancel):
 * realtime's {@code worker:completed} / {@code worker:failed}; analytics' cost ({@code costUsd}) and {@code turns}.
 * {@code startedAt} is null when it never ran.
 */
public record WorkerEnded(WorkspaceId workspaceId, WorkerId workerId, TaskId taskId, AccountId accountId,
                          WorkerStatus status, String error, BigDecimal costUsd, Integer turns, Instant startedAt,
                          Instant endedAt) implements DomainEvent {
}
