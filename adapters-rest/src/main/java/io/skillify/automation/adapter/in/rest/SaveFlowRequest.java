package io.skillify.automation.adapter.in.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import tools.jackson.databind.JsonNode;

record SaveFlowRequest(@NotNull @Schema(implementation = FlowDocument.class) JsonNode flow,
                       @Min(0) Integer expectedVersion) {
}
