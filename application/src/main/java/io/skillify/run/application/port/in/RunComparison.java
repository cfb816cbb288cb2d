package io.skillify.run.application.port.in;

import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepStatus;
import io.skillify.shared.domain.json.JsonValue;
import java.util.List;

/** Two runs side by side, step by step; {@code outputDiff} is an RFC 6902 JSON Patch from base output to head output. */
public record RunComparison(Side base, Side head, boolean versionChanged, Long durationDeltaMs, List<StepDiff> steps) {

    public record Side(RunId id, RunStatus status, int version, Long durationMs) {
    }

    public record StepSide(StepStatus status, Long durationMs) {
    }

    public record StepDiff(String nodeId, StepSide base, StepSide head, boolean statusChanged, Long durationDeltaMs,
                           JsonValue outputDiff) {
    }
}
