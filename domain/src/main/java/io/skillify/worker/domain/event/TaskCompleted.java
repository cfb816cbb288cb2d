package io.skillify.worker.domain.event;

import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.FlowStepOrigin;
import io.skillify.worker.domain.TaskId;
import java.time.Instant;
import java.util.Optional;

public record TaskCompleted(WorkspaceId workspaceId, TaskId taskId, Optional<FlowStepOrigin> origin,
                            Instant finishedAt)
        implements TaskFinished {
}
