package io.skillify.worker.domain.event;

import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.FlowStepOrigin;
import io.skillify.worker.domain.TaskId;
import java.time.Instant;
import java.util.Optional;

public record TaskFailed(WorkspaceId workspaceId, TaskId taskId, String error, Optional<FlowStepOrigin> origin,
                         Instant finishedAt)
        implements TaskFinished {
}
