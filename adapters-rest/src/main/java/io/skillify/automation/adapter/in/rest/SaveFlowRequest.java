package io.skillify.automation.adapter.in.rest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import tools.jackson.databind.JsonNode;

record SaveFlowRequest(@NotNull JsonNode flow, @Min(0) Integer expectedVersion) {
}
