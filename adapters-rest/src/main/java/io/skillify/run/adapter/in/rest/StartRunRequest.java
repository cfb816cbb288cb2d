package io.skillify.run.adapter.in.rest;

import jakarta.validation.constraints.Min;
import tools.jackson.databind.JsonNode;

/** {@code POST …/runs}: the run input (any JSON, default {}) and optionally the flow version to run. */
record StartRunRequest(JsonNode input, @Min(1) Integer version) {
}
