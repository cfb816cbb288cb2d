package io.skillify.analytics.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The period an analytics answer covers, [{@code from}, {@code to}), in whole 15-minute quarters (the aggregates'
 * grain): {@code from} is rounded down and {@code to} up to a quarter, so equal requests give equal windows (and one
 * cache entry). The zone and the bucket size say how the quarters are grouped for the caller.
 */
public record AnalyticsWindow(Instant from, Instant to, ZoneId zone, TimeBucket bucket) {

    public static final Duration QUARTER = Duration.ofMinutes(15);
    public static final Duration DEFAULT_SPAN = Duration.ofDays(30);
    /** The most buckets of the chosen size one range may hold (hour: about 208 days; day: about 13 years). */
    public static final int MOST_BUCKETS = 5_000;

    public AnalyticsWindow {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(bucket, "bucket");
        from = floorToQuarter(from);
        to = ceilToQuarter(to);
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from after to");
        }
    }

    /** The live stream's window: the last hour (in whole quarters, up to the end of the current one), hourly, UTC. */
    public static AnalyticsWindow lastHour(Instant now) {
        Instant to = ceilToQuarter(now);
        return new AnalyticsWindow(to.minus(Duration.ofHours(1)), to, ZoneOffset.UTC, TimeBucket.HOUR);
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    /** The period of the same length just before this one (the trend's comparison). */
    public Instant previousFrom() {
        return from.minus(length());
    }

    public TimeBuckets buckets() {
        return new TimeBuckets(this);
    }

    public static Instant floorToQuarter(Instant instant) {
        long seconds = QUARTER.toSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), seconds) * seconds);
    }

    public static Instant ceilToQuarter(Instant instant) {
        Instant floor = floorToQuarter(instant);
        return floor.equals(instant) ? floor : floor.plus(QUARTER);
    }
}
