package io.skillify.analytics.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
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
    private static final int HOUR_SECONDS = 3_600;

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

    /**
     * The coarsest run rows that each fall in one of this window's local buckets and one heatmap cell: hours when
     * {@link #wholeHourOffsets()}, quarters otherwise.
     */
    public Grain rowGrain() {
        return wholeHourOffsets() ? Grain.HOUR : Grain.QUARTER;
    }

    /**
     * Whether every offset the zone uses in the window is a whole number of hours, changes included: then every
     * local hour, day, week and month starts on a whole UTC hour, and an hour's rows fall in one bucket and one
     * heatmap cell (false for +5:30, +5:45 or +9:30 zones, whose buckets need quarters).
     */
    public boolean wholeHourOffsets() {
        ZoneRules rules = zone.getRules();
        if (rules.getOffset(from).getTotalSeconds() % HOUR_SECONDS != 0) {
            return false;
        }
        for (ZoneOffsetTransition change = rules.nextTransition(from);
             change != null && change.getInstant().isBefore(to);
             change = rules.nextTransition(change.getInstant())) {
            if (change.getOffsetAfter().getTotalSeconds() % HOUR_SECONDS != 0
                    || change.getInstant().getEpochSecond() % HOUR_SECONDS != 0) {
                return false;
            }
        }
        return true;
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
