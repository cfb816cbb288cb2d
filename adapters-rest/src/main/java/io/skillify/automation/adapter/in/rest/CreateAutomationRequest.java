package io.skillify.automation.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import tools.jackson.databind.JsonNode;

/** Lengths are checked by the domain, in characters (a {@code @Size} would count UTF-16 units). */
record CreateAutomationRequest(@NotBlank String name, String description,
                               JsonNode flow) {
}
