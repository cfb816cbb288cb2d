package io.skillify.worker.domain;

import java.util.Objects;
import java.util.UUID;

/** The flow step a task was created for (a {@code worker.task} node of a run); its outcome resumes that step. */
public record FlowStepOrigin(UUID runId, String nodeId) {

    public FlowStepOrigin {
        Objects.requireNonNull(runId, "run id");
        Objects.requireNonNull(nodeId, "node id");
    }
}
