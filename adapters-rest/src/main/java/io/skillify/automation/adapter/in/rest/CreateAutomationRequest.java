package io.skillify.automation.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

record CreateAutomationRequest(@NotBlank @Size(max = 200) String name, @Size(max = 2000) String description,
                               JsonNode flow) {
}
