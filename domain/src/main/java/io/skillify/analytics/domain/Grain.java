package io.skillify.analytics.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The sizes of UTC buckets the aggregates are kept in: quarter hours (runs, for any zone's hours), hours (runs, for
 * zones whose offsets are whole hours), days (runs and steps) and weeks starting on Monday (steps). A coarser grain
 * is a roll-up of the finer rows, kept as runs finish; the order of the constants is the tables' locking order.
 */
public enum Grain {

    QUARTER,
    HOUR,
    DAY,
    WEEK;

    /** The start of the bucket of this grain holding {@code at}. */
    public Instant startOf(Instant at) {
        return switch (this) {
            case QUARTER -> Buckets.startOf(at);
            case HOUR -> at.truncatedTo(ChronoUnit.HOURS);
            case DAY -> day(at).atStartOfDay(ZoneOffset.UTC).toInstant();
            case WEEK -> day(at).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .atStartOfDay(ZoneOffset.UTC).toInstant();
        };
    }

    /** {@code at} rounded up to the start of a bucket (itself when it is one). */
    public Instant ceil(Instant at) {
        Instant start = startOf(at);
        return start.equals(at) ? at : next(start);
    }

    /** The start of the bucket after the one starting at {@code start}. */
    public Instant next(Instant start) {
        return switch (this) {
            case QUARTER -> start.plus(Buckets.LENGTH);
            case HOUR -> start.plus(Duration.ofHours(1));
            case DAY -> start.plus(Duration.ofDays(1));
            case WEEK -> start.plus(Duration.ofDays(7));
        };
    }

    /** Whether rows of this grain keep a duration sketch (the day rows of runs keep counts only). */
    public boolean keepsRunSketches() {
        return this == QUARTER || this == HOUR;
    }

    /** The UTC date of {@code at} (a day or week row's key). */
    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
