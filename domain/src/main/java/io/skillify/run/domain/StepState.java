package io.skillify.run.domain;

import io.skillify.shared.domain.json.JsonValue;
import java.time.Instant;
import java.util.Objects;

/**
 * Where one node of a run stands. {@code handle} is the output the step left by (for edges to follow);
 * {@code dueAt} is when a waiting or retrying step wants attention again.
 */
public record StepState(String nodeId, String type, StepStatus status, int attempt, JsonValue output, String handle,
                        String error, Instant startedAt, Instant finishedAt, Instant dueAt) {

    public StepState {
        Objects.requireNonNull(nodeId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(status);
    }

    public static StepState pending(String nodeId, String type) {
        return new StepState(nodeId, type, StepStatus.PENDING, 0, null, null, null, null, null, null);
    }

    StepState with(StepStatus newStatus) {
        return new StepState(nodeId, type, newStatus, attempt, output, handle, error, startedAt, finishedAt, dueAt);
    }
}
