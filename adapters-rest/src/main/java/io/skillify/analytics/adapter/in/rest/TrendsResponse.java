package io.skillify.analytics.adapter.in.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** {@code /analytics/trends} (§7); also the data of each {@code snapshot} event of {@code /analytics/live}. */
public record TrendsResponse(List<Bucket> buckets, Previous previous, Change change) {

    /** One local bucket; {@code start} is its first moment in the requested zone, with that moment's offset. */
    @Schema(name = "TrendBucket")
    public record Bucket(
            @Schema(example = "2026-03-08T00:00:00-05:00", description = "ISO-8601 with the zone's offset at that moment")
            String start,
            long total, long succeeded, long failed, long cancelled,
            @Schema(nullable = true, description = "null when no run of the bucket has a duration") Long avgDurationMs,
            @Schema(nullable = true, description = "DDSketch p95, within 1 %") Long p95DurationMs) {
    }

    /** The runs of the period of the same length just before {@code from}. */
    @Schema(name = "TrendPrevious")
    public record Previous(long total, long succeeded, long failed) {
    }

    /**
     * {@code total}: relative change of the number of runs (0.5 = half as many again), null when the previous period
     * had none; {@code successRate}: difference of the success rates in fraction points, null when either had none.
     */
    @Schema(name = "TrendChange")
    public record Change(@Schema(nullable = true) Double total, @Schema(nullable = true) Double successRate) {
    }
}
