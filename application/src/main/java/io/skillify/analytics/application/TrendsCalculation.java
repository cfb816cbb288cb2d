package io.skillify.analytics.application;

import io.skillify.analytics.domain.AnalyticsWindow;
import io.skillify.analytics.domain.TimeBuckets;
import io.skillify.analytics.domain.view.PeriodTotals;
import io.skillify.analytics.domain.view.BucketCounts;
import io.skillify.analytics.domain.view.TrendBucket;
import io.skillify.analytics.domain.view.TrendChange;
import io.skillify.analytics.domain.view.Trends;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups stored rows (quarters or hours, each inside one bucket) into the window's local buckets (zero-filled),
 * merges their duration sketches for the p95, and compares their totals with the previous period's.
 */
final class TrendsCalculation {

    private static final double P95 = 0.95;

    private TrendsCalculation() {
    }

    static Trends of(AnalyticsWindow window, List<BucketCounts> rows, PeriodTotals previous) {
        TimeBuckets buckets = window.buckets();
        Accumulator[] accumulators = new Accumulator[buckets.size()];
        PeriodTotals current = PeriodTotals.NONE;
        for (BucketCounts row : rows) {
            int index = buckets.indexOf(row.start());
            if (index < 0 || row.start().isBefore(window.from()) || !row.start().isBefore(window.to())) {
                continue;
            }
            current = current.plus(row.total(), row.succeeded(), row.failed());
            if (accumulators[index] == null) {
                accumulators[index] = new Accumulator();
            }
            accumulators[index].add(row);
        }
        List<TrendBucket> result = new ArrayList<>(buckets.size());
        for (int i = 0; i < buckets.size(); i++) {
            Accumulator sum = accumulators[i];
            result.add(sum == null
                    ? new TrendBucket(buckets.starts().get(i), 0, 0, 0, 0, null, null)
                    : sum.bucket(buckets.starts().get(i)));
        }
        return new Trends(result, previous, TrendChange.between(current, previous));
    }

    private static final class Accumulator {

        private long total;
        private long succeeded;
        private long failed;
        private long cancelled;
        private long durationCount;
        private long durationSumMs;
        private DurationSketch sketch;

        void add(BucketCounts row) {
            total += row.total();
            succeeded += row.succeeded();
            failed += row.failed();
            cancelled += row.cancelled();
            durationCount += row.durationCount();
            durationSumMs += row.durationSumMs();
            if (row.durationSketch() != null) {
                if (sketch == null) {
                    sketch = DurationSketch.empty();
                }
                try {
                    sketch.mergeBytes(row.durationSketch());
                } catch (IllegalArgumentException unreadable) {
                    // A sketch that cannot be read leaves the p95 to the others; the counts stay exact.
                }
            }
        }

        TrendBucket bucket(java.time.ZonedDateTime start) {
            Long average = durationCount == 0 ? null : Math.round((double) durationSumMs / durationCount);
            Double quantile = sketch == null ? null : sketch.quantile(P95);
            Long p95 = quantile == null ? null : Math.round(quantile);
            return new TrendBucket(start, total, succeeded, failed, cancelled, average, p95);
        }
    }
}
