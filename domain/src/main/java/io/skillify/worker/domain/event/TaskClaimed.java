package io.skillify.worker.domain.event;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.WorkerId;
import java.time.Instant;

/** A task was handed to a new worker of {@code accountId}, {@code assigned} (realtime {@code task:claimed}). */
public record TaskClaimed(WorkspaceId workspaceId, TaskId taskId, WorkerId workerId, AccountId accountId,
                          Instant claimedAt) implements DomainEvent {
}
