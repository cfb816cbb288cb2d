package io.skillify.analytics.domain.view;

import java.util.List;

/** The trend of §7: zero-filled buckets, the period just before, and the change between the two. */
public record Trends(List<TrendBucket> buckets, PeriodTotals previous, TrendChange change) {

    public Trends {
        buckets = List.copyOf(buckets);
    }
}
