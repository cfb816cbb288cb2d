package io.skillify.automation.adapter.in.rest;

import io.skillify.shared.adapter.in.rest.MaxCharacters;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import tools.jackson.databind.JsonNode;

record CreateAutomationRequest(@NotBlank @MaxCharacters(200) String name,
                               @MaxCharacters(2000) String description,
                               @Schema(implementation = FlowDocument.class) JsonNode flow) {
}
