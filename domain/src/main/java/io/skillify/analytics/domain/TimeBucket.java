package io.skillify.analytics.domain;

import io.skillify.shared.domain.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The size of a trend bucket, in the caller's time zone: a local hour, a local day, or a week starting on Monday. */
public enum TimeBucket {

    HOUR(Duration.ofHours(1)),
    DAY(Duration.ofDays(1)),
    WEEK(Duration.ofDays(7));

    private final Duration nominalLength;

    TimeBucket(Duration nominalLength) {
        this.nominalLength = nominalLength;
    }

    /** {@code hour}, {@code day} or {@code week}; anything else is a 400 on {@code bucket}. */
    public static TimeBucket parse(String raw) {
        if (raw != null) {
            for (TimeBucket bucket : values()) {
                if (bucket.wireName().equals(raw)) {
                    return bucket;
                }
            }
        }
        throw InvalidInputException.of("bucket", "must be one of hour, day, week");
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The usual length (a day may have 23 or 25 hours in the zone): used to bound how many buckets a range holds. */
    Duration nominalLength() {
        return nominalLength;
    }

    /** The start, in the zone, of the bucket holding {@code instant}. */
    public ZonedDateTime startOf(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return switch (this) {
            case HOUR -> local.truncatedTo(ChronoUnit.HOURS);
            case DAY -> local.toLocalDate().atStartOfDay(zone);
            case WEEK -> local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone);
        };
    }

    /** The start of the bucket after the one starting at {@code start}. */
    ZonedDateTime next(ZonedDateTime start) {
        return switch (this) {
            case HOUR -> startOf(start.toInstant().plus(nominalLength), start.getZone());
            case DAY -> start.toLocalDate().plusDays(1).atStartOfDay(start.getZone());
            case WEEK -> start.toLocalDate().plusWeeks(1).atStartOfDay(start.getZone());
        };
    }
}
