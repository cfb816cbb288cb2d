package io.skillify.automation.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

@JsonInclude(JsonInclude.Include.NON_NULL)
record AutomationResponse(UUID id, UUID workspaceId, String name, String description, boolean enabled,
                          int currentVersion, @Schema(implementation = FlowDocument.class) JsonNode flow,
                          Webhook webhook, UUID createdBy, Instant createdAt, Instant updatedAt) {

    /** Where to POST to start a run, while the current flow has a webhook trigger. */
    record Webhook(String token, String url) {
    }
}
