package io.skillify.analytics.domain;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The local buckets of a window, in order, from the one holding {@code from} to the one holding the last quarter
 * before {@code to} (the first and last may be partly outside the window); and the bucket each 15-minute UTC quarter
 * belongs to. Every offset in use since 1972 is a multiple of 15 minutes, so a quarter never straddles two buckets:
 * the grouping is exact, daylight-saving days of 23 and 25 hours and +5:30 or +5:45 zones included.
 */
public final class TimeBuckets {

    private final List<ZonedDateTime> starts;
    private final long[] startSeconds;

    TimeBuckets(AnalyticsWindow window) {
        List<ZonedDateTime> found = new ArrayList<>();
        ZonedDateTime start = window.bucket().startOf(window.from(), window.zone());
        while (start.toInstant().isBefore(window.to())) {
            found.add(start);
            ZonedDateTime next = window.bucket().next(start);
            start = next.isAfter(start) ? next : start.plus(AnalyticsWindow.QUARTER);
        }
        this.starts = List.copyOf(found);
        this.startSeconds = found.stream().mapToLong(each -> each.toEpochSecond()).toArray();
    }

    /** The start of each bucket in the window's zone, with the offset in force at that moment. */
    public List<ZonedDateTime> starts() {
        return starts;
    }

    public int size() {
        return starts.size();
    }

    /** The position in {@link #starts()} of the bucket holding the quarter starting at {@code quarter}, or -1. */
    public int indexOf(Instant quarter) {
        int found = Arrays.binarySearch(startSeconds, quarter.getEpochSecond());
        int index = found >= 0 ? found : -found - 2;
        return index >= 0 && index < starts.size() ? index : -1;
    }
}
