package io.skillify.automation.application.nodetype.builtin;

import static io.skillify.automation.application.nodetype.spi.NodeSchemas.EDITOR_PROPERTIES;
import static io.skillify.automation.application.nodetype.spi.NodeSchemas.schema;

import io.skillify.automation.application.port.in.ScheduleSettings;
import io.skillify.automation.application.schedule.CronSchedule;
import io.skillify.automation.domain.nodetype.NodeCategory;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.automation.domain.nodetype.TriggerFiring;
import io.skillify.automation.domain.nodetype.TriggerType;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Starts runs on a cron expression (five fields, or six with seconds) in a time zone. A flow is refused when the
 * expression never fires or fires more often than {@link ScheduleSettings#minInterval()}.
 */
public final class ScheduleTrigger implements TriggerType {

    private static final String CRON_FIELD = "[0-9A-Za-z*?/,#LW-]+";

    private static final NodeTypeDescriptor DESCRIPTOR = new NodeTypeDescriptor("trigger.schedule", 1,
            NodeCategory.TRIGGER, "Starts a run at every tick of a cron expression, in a time zone", schema("""
                    {
                      "$schema": "https://json-schema.org/draft/2020-12/schema",
                      "type": "object",
                      "additionalProperties": false,
                      "required": ["cron"],
                      "properties": {
                        %s,
                        "cron": {
                          "type": "string",
                          "maxLength": 200,
                          "pattern": "^\\\\s*%s(\\\\s+%s){4,5}\\\\s*$",
                          "description": "minute hour day-of-month month day-of-week, optionally seconds first",
                          "examples": ["0 9 * * MON-FRI", "*/15 * * * *"]
                        },
                        "timezone": {
                          "type": "string",
                          "default": "UTC",
                          "maxLength": 64,
                          "pattern": "^(UTC|[A-Za-z]+(/[A-Za-z0-9_+-]+){1,2})$",
                          "description": "IANA time zone, e.g. Europe/Berlin"
                        },
                        "input": {
                          "type": "object",
                          "description": "The run input of every scheduled run"
                        }
                      }
                    }""".formatted(EDITOR_PROPERTIES, CRON_FIELD, CRON_FIELD)),
            NodeTypeDescriptor.SINGLE_OUTPUT, RetryPolicy.ONCE, Duration.ofSeconds(5));

    private final ScheduleSettings settings;
    private final Clock clock;

    public ScheduleTrigger(ScheduleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public NodeTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public TriggerFiring firing() {
        return TriggerFiring.TIMER;
    }

    @Override
    public Optional<Instant> nextFireAfter(JsonObject data, Instant after) {
        return cron(data).nextTickAfter(after);
    }

    @Override
    public Optional<Instant> latestFireAtOrBefore(JsonObject data, Instant at) {
        return cron(data).lastTickAtOrBefore(at);
    }

    private static CronSchedule cron(JsonObject data) {
        return CronSchedule.of(data.string("cron").orElseThrow(), data.string("timezone").orElse("UTC"));
    }

    @Override
    public List<Problem> checkData(JsonObject data, String path) {
        try {
            cron(data).requireFiresAtMostEvery(settings.minInterval(), clock.instant());
            return List.of();
        } catch (IllegalArgumentException invalid) {
            boolean zone = invalid.getMessage().startsWith("unknown time zone");
            return List.of(new Problem(path + (zone ? ".timezone" : ".cron"), invalid.getMessage()));
        }
    }
}
