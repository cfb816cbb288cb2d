package io.skillify.worker.adapter.in.rest;

import io.skillify.shared.domain.InvalidInputException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/**
 * A milestone's time as runners send it: ISO-8601 text ({@code 2026-12-07T10:15:30Z}, any offset) or an integer of
 * epoch milliseconds, which is what {@code Date.now()} gives. A plain number is never read as seconds.
 */
final class MilestoneTimestamp {

    private static final String RULE = "must be an ISO-8601 time or an integer of epoch milliseconds";

    private MilestoneTimestamp() {
    }

    static Instant parse(JsonNode value, String path) {
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return Instant.ofEpochMilli(value.longValue());
        }
        if (value.isString()) {
            try {
                return OffsetDateTime.parse(value.stringValue()).toInstant();
            } catch (DateTimeParseException notIso) {
                throw InvalidInputException.of(path, RULE);
            }
        }
        throw InvalidInputException.of(path, RULE);
    }
}
