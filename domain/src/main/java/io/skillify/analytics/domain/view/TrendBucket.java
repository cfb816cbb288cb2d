package io.skillify.analytics.domain.view;

import java.time.ZonedDateTime;

/** One bucket of a trend; the durations are {@code null} when no run of the bucket has a duration. */
public record TrendBucket(ZonedDateTime start, long total, long succeeded, long failed, long cancelled,
                          Long avgDurationMs, Long p95DurationMs) {
}
