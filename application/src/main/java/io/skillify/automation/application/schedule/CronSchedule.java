package io.skillify.automation.application.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A schedule trigger's cron expression in its time zone: five fields (minute hour day month weekday, as in Unix
 * cron) or six with seconds first (as in Spring). Ticks are computed in the zone, so daylight-saving changes are
 * honoured.
 */
public final class CronSchedule {

    private static final CronParser FIVE_FIELDS = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final CronParser SIX_FIELDS = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.SPRING53));

    private final ExecutionTime execution;
    private final ZoneId zone;

    private CronSchedule(ExecutionTime execution, ZoneId zone) {
        this.execution = execution;
        this.zone = zone;
    }

    /** The schedule, or an {@link IllegalArgumentException} saying what is wrong with the expression or zone. */
    public static CronSchedule of(String expression, String timezone) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timezone == null ? "UTC" : timezone);
        } catch (DateTimeException unknown) {
            throw new IllegalArgumentException("unknown time zone '" + timezone + "'");
        }
        String trimmed = expression.strip();
        CronParser parser = trimmed.split("\\s+").length == 6 ? SIX_FIELDS : FIVE_FIELDS;
        try {
            Cron cron = parser.parse(trimmed);
            cron.validate();
            return new CronSchedule(ExecutionTime.forCron(cron), zone);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("not a valid cron expression: " + invalid.getMessage());
        }
    }

    /** The latest tick at or before {@code now}. */
    public Optional<Instant> lastTickAtOrBefore(Instant now) {
        ZonedDateTime at = now.atZone(zone);
        if (execution.isMatch(at.withNano(0)) && at.getNano() == 0) {
            return Optional.of(now);
        }
        return execution.lastExecution(at).map(ZonedDateTime::toInstant);
    }
}
