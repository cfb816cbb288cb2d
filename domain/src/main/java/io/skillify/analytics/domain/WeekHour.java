package io.skillify.analytics.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A heatmap cell: the local weekday (1 = Monday … 7 = Sunday) and hour (0–23) of a moment in a zone. */
public record WeekHour(int weekday, int hour) {

    /** Seven days of 24 hours: a heatmap always has this many cells, zeros included. */
    public static final int CELLS = 168;

    public WeekHour {
        if (weekday < 1 || weekday > 7 || hour < 0 || hour > 23) {
            throw new IllegalArgumentException("no such weekday or hour");
        }
    }

    public static WeekHour of(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return new WeekHour(local.getDayOfWeek().getValue(), local.getHour());
    }

    /** The cell at {@code index} of the 168, ordered by weekday then hour. */
    public static WeekHour at(int index) {
        return new WeekHour(index / 24 + 1, index % 24);
    }

    public int index() {
        return (weekday - 1) * 24 + hour;
    }
}
