package io.skillify.worker.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A task in the Buildd shape (contract §5); {@code workspace} where the route knows its name. */
record TaskResponse(UUID id, UUID workspaceId, String title, String description, String status, int priority,
                    List<String> requiredCapabilities, JsonNode context, int attempts, UUID workerId, UUID runId,
                    String nodeId, JsonNode output, String error, UUID createdBy, Instant createdAt,
                    Instant updatedAt, @JsonInclude(JsonInclude.Include.NON_NULL) Workspace workspace) {

    record Workspace(UUID id, String name) {
    }
}
