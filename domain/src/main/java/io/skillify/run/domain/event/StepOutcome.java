package io.skillify.run.domain.event;

import io.skillify.run.domain.StepStatus;

/**
 * How one node of a finished run ended: {@code attempts} made, {@code durationMs} from its first start to its end
 * (null for a step that never started, e.g. skipped).
 */
public record StepOutcome(String nodeId, String type, StepStatus status, int attempts, Long durationMs) {
}
