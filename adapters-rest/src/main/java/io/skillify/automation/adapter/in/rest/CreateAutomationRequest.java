package io.skillify.automation.adapter.in.rest;

import io.skillify.shared.adapter.in.rest.MaxCharacters;
import jakarta.validation.constraints.NotBlank;
import tools.jackson.databind.JsonNode;

record CreateAutomationRequest(@NotBlank @MaxCharacters(200) String name,
                               @MaxCharacters(2000) String description,
                               JsonNode flow) {
}
