package io.skillify.run.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

@JsonInclude(JsonInclude.Include.NON_NULL)
record RunResponse(UUID id, UUID workspaceId, UUID automationId, int version, String status, String trigger,
                   JsonNode input, UUID retryOf, String error, Instant createdAt, Instant startedAt,
                   Instant finishedAt, Long durationMs, List<Step> steps) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Step(String nodeId, String type, String status, int attempt, Instant startedAt, Instant finishedAt,
                Long durationMs, JsonNode output, String error) {
    }
}
