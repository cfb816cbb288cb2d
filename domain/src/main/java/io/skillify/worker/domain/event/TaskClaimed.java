package io.skillify.worker.domain.event;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.WorkerId;

public record TaskClaimed(WorkspaceId workspaceId, TaskId taskId, WorkerId workerId, AccountId accountId)
        implements DomainEvent {
}
