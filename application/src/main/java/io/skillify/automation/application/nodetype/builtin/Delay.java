package io.skillify.automation.application.nodetype.builtin;

import static io.skillify.automation.application.nodetype.spi.NodeSchemas.EDITOR_PROPERTIES;
import static io.skillify.automation.application.nodetype.spi.NodeSchemas.schema;

import io.skillify.automation.domain.nodetype.NodeCategory;
import io.skillify.automation.domain.nodetype.NodeType;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.automation.domain.nodetype.StepContext;
import io.skillify.automation.domain.nodetype.StepResult;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Waits durably: a timer in the database, never a sleeping thread. Passes its input through. */
public final class Delay implements NodeType {

    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})(ms|s|m|h|d)");
    static final Duration LONGEST = Duration.ofDays(30);

    private static final NodeTypeDescriptor DESCRIPTOR = new NodeTypeDescriptor("flow.delay", 1,
            NodeCategory.FLOW, "Waits for a duration (durably, surviving restarts) before continuing", schema("""
                    {
                      "$schema": "https://json-schema.org/draft/2020-12/schema",
                      "type": "object",
                      "additionalProperties": false,
                      "required": ["duration"],
                      "properties": {
                        %s,
                        "duration": {
                          "type": "string",
                          "pattern": "^[0-9]{1,9}(ms|s|m|h|d)$",
                          "description": "How long to wait, at most 30 days",
                          "examples": ["2s", "15m", "1d"]
                        }
                      }
                    }""".formatted(EDITOR_PROPERTIES)),
            NodeTypeDescriptor.SINGLE_OUTPUT, RetryPolicy.ONCE, LONGEST.plusMinutes(1));

    @Override
    public NodeTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Problem> checkData(JsonObject data, String path) {
        if (parse(data.string("duration").orElseThrow()).compareTo(LONGEST) > 0) {
            return List.of(new Problem(path + ".duration", "must be at most 30 days (30d)"));
        }
        return List.of();
    }

    @Override
    public StepResult execute(StepContext context) {
        Duration duration = parse(context.data().string("duration").orElseThrow());
        if (duration.compareTo(LONGEST) > 0) {
            return StepResult.failed("a delay of at most 30 days is allowed", false);
        }
        return StepResult.waitUntil(context.now().plus(duration));
    }

    static Duration parse(String text) {
        Matcher matcher = DURATION.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a duration: " + text);
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
