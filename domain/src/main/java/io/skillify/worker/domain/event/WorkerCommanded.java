package io.skillify.worker.domain.event;

import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.Instruction;
import io.skillify.worker.domain.WorkerId;

/** A command for a worker, queued for its next update and to be pushed on {@code worker-{id}}. */
public record WorkerCommanded(WorkspaceId workspaceId, WorkerId workerId, Instruction instruction)
        implements DomainEvent {
}
