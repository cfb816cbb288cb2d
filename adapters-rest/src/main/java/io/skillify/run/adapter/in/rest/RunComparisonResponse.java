package io.skillify.run.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

@JsonInclude(JsonInclude.Include.ALWAYS)
record RunComparisonResponse(Side base, Side head, boolean versionChanged, Long durationDeltaMs, List<Step> steps) {

    record Side(UUID id, String status, int version, Long durationMs) {
    }

    record StepSide(String status, Long durationMs) {
    }

    record Step(String nodeId, StepSide base, StepSide head, boolean statusChanged, Long durationDeltaMs,
                JsonNode outputDiff) {
    }
}
