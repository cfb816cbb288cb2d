package io.skillify.automation.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

@JsonInclude(JsonInclude.Include.NON_NULL)
record FlowVersionResponse(int version, Instant createdAt, UUID createdBy,
                           @Schema(implementation = FlowDocument.class) JsonNode flow) {
}
