package io.skillify.worker.domain.event;

import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.FlowStepOrigin;
import io.skillify.worker.domain.TaskId;
import java.time.Instant;
import java.util.Optional;

/** A task reached an end: completed, failed for good, or cancelled. A flow step waiting for it may resume. */
public sealed interface TaskFinished extends DomainEvent permits TaskCompleted, TaskFailed, TaskCancelled {

    WorkspaceId workspaceId();

    TaskId taskId();

    Optional<FlowStepOrigin> origin();

    Instant finishedAt();
}
