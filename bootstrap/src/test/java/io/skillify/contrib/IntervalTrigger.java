package io.skillify.contrib;

import static io.skillify.automation.application.nodetype.spi.NodeSchemas.EDITOR_PROPERTIES;
import static io.skillify.automation.application.nodetype.spi.NodeSchemas.schema;

import io.skillify.automation.domain.nodetype.NodeCategory;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.automation.domain.nodetype.TriggerFiring;
import io.skillify.automation.domain.nodetype.TriggerType;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A contributed trigger kind, written as docs/node-types.md tells a contributor to: one class, nothing registered by
 * hand. Fires every {@code every} ({@code 10s}, {@code 5m}, {@code 1h}), on the multiples of that interval since the
 * epoch, with the data's {@code input} as the run input.
 */
public final class IntervalTrigger implements TriggerType {

    private static final NodeTypeDescriptor DESCRIPTOR = new NodeTypeDescriptor("trigger.interval", 1,
            NodeCategory.TRIGGER, "Starts a run at a fixed interval", schema("""
                    {
                      "$schema": "https://json-schema.org/draft/2020-12/schema",
                      "type": "object",
                      "additionalProperties": false,
                      "required": ["every"],
                      "properties": {
                        %s,
                        "every": {"type": "string", "pattern": "^[1-9][0-9]{0,4}[smh]$"},
                        "input": {"type": "object"}
                      }
                    }""".formatted(EDITOR_PROPERTIES)),
            NodeTypeDescriptor.SINGLE_OUTPUT, RetryPolicy.ONCE, Duration.ofSeconds(5));

    @Override
    public NodeTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public TriggerFiring firing() {
        return TriggerFiring.TIMER;
    }

    @Override
    public String runLabel() {
        return "interval";
    }

    @Override
    public Optional<Instant> nextFireAfter(JsonObject data, Instant after) {
        long every = interval(data.string("every").orElseThrow()).toMillis();
        return Optional.of(Instant.ofEpochMilli(Math.floorDiv(after.toEpochMilli(), every) * every + every));
    }

    private static Duration interval(String every) {
        long amount = Long.parseLong(every.substring(0, every.length() - 1));
        return switch (every.charAt(every.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
