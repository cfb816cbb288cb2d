package io.skillify.automation.adapter.in.rest;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** A catalog entry; {@code timeout} and the retry delays are milliseconds. */
record NodeTypeResponse(String type, int version, String category, String description, JsonNode dataSchema,
                        List<String> outputs, Retry retry, long timeout) {

    record Retry(int maxAttempts, long backoffMs, double multiplier, long maxBackoffMs) {
    }
}
