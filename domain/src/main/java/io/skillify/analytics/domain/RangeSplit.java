package io.skillify.analytics.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A range of instants cut for reading rolled-up rows: the whole buckets of a coarse grain inside it ({@link #inner},
 * read from the coarse rows), and what is left at its edges (read from the finer rows). Together they cover the
 * range exactly once: a 90-day range reads 89 or 90 day rows and at most two days of quarters per automation
 * instead of 8,640 quarters.
 */
public record RangeSplit(Optional<TimeRange> inner, List<TimeRange> edges) {

    public RangeSplit {
        edges = List.copyOf(edges);
    }

    public static RangeSplit of(Instant from, Instant to, Grain coarse) {
        TimeRange whole = new TimeRange(from, to);
        Instant innerFrom = coarse.ceil(from);
        Instant innerTo = coarse.startOf(to);
        if (!innerFrom.isBefore(innerTo)) {
            return new RangeSplit(Optional.empty(), whole.isEmpty() ? List.of() : List.of(whole));
        }
        List<TimeRange> edges = new ArrayList<>(2);
        if (from.isBefore(innerFrom)) {
            edges.add(new TimeRange(from, innerFrom));
        }
        if (innerTo.isBefore(to)) {
            edges.add(new TimeRange(innerTo, to));
        }
        return new RangeSplit(Optional.of(new TimeRange(innerFrom, innerTo)), edges);
    }
}
