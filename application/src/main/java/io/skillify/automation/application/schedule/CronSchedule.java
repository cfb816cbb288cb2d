package io.skillify.automation.application.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A schedule trigger's cron expression in its time zone: five fields (minute hour day month weekday, as in Unix
 * cron) or six with seconds first (as in Spring). Ticks are computed in the zone, so daylight-saving changes are
 * honoured. Computing a tick may fail for expressions the parser accepts (e.g. {@code 31W}): every such failure
 * is an {@link IllegalArgumentException}.
 */
public final class CronSchedule {

    /** How many consecutive ticks {@link #requireFiresAtMostEvery} compares. */
    static final int TICKS_COMPARED = 100;

    private static final CronParser FIVE_FIELDS = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final CronParser SIX_FIELDS = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.SPRING53));
    private static final Duration FIVE_FIELD_RESOLUTION = Duration.ofMinutes(1);
    private static final Duration SIX_FIELD_RESOLUTION = Duration.ofSeconds(1);

    private final ExecutionTime execution;
    private final ZoneId zone;
    private final Duration resolution;

    private CronSchedule(ExecutionTime execution, ZoneId zone, Duration resolution) {
        this.execution = execution;
        this.zone = zone;
        this.resolution = resolution;
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
        boolean seconds = trimmed.split("\\s+").length == 6;
        try {
            Cron cron = (seconds ? SIX_FIELDS : FIVE_FIELDS).parse(trimmed);
            cron.validate();
            return new CronSchedule(ExecutionTime.forCron(cron), zone,
                    seconds ? SIX_FIELD_RESOLUTION : FIVE_FIELD_RESOLUTION);
        } catch (RuntimeException invalid) {
            throw new IllegalArgumentException("not a valid cron expression: " + invalid.getMessage());
        }
    }

    /** The latest tick at or before {@code now}. */
    public Optional<Instant> lastTickAtOrBefore(Instant now) {
        Instant justAfter = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        return computed(() -> execution.lastExecution(justAfter.atZone(zone)).map(ZonedDateTime::toInstant));
    }

    /** The first tick strictly after {@code instant}; empty when the expression never fires again. */
    public Optional<Instant> nextTickAfter(Instant instant) {
        return computed(() -> execution.nextExecution(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone))
                .map(ZonedDateTime::toInstant));
    }

    /**
     * Refuses, with an {@link IllegalArgumentException}, an expression that never fires after {@code now} or
     * whose consecutive ticks come closer than {@code minInterval}. Ticks are the Cartesian product of the
     * fields, so the closest pair shows within the first {@value #TICKS_COMPARED} ticks.
     */
    public void requireFiresAtMostEvery(Duration minInterval, Instant now) {
        Instant tick = nextTickAfter(now).orElseThrow(
                () -> new IllegalArgumentException("the cron expression never fires"));
        if (minInterval.compareTo(resolution) <= 0) {
            return;
        }
        for (int compared = 1; compared < TICKS_COMPARED; compared++) {
            Optional<Instant> next = nextTickAfter(tick);
            if (next.isEmpty()) {
                return;
            }
            if (Duration.between(tick, next.get()).compareTo(minInterval) < 0) {
                throw new IllegalArgumentException("the cron expression fires more often than once every "
                        + text(minInterval) + ", the shortest interval allowed");
            }
            tick = next.get();
        }
    }

    private static String text(Duration interval) {
        long seconds = interval.toSeconds();
        return seconds % 3600 == 0 ? seconds / 3600 + "h" : seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

    private static <T> T computed(Supplier<T> computation) {
        try {
            return computation.get();
        } catch (IllegalArgumentException known) {
            throw known;
        } catch (RuntimeException failure) {
            throw new IllegalArgumentException("the cron expression's fire times cannot be computed"
                    + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
        }
    }
}
