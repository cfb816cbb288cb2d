package io.skillify.analytics.domain.view;

import java.time.Instant;

/**
 * One run aggregate row as stored (a UTC quarter hour or hour): the runs created in the bucket starting at
 * {@code start}, by final status, and their durations (count, sum and the serialized sketch, {@code null} when none
 * or not read).
 */
public record BucketCounts(Instant start, long total, long succeeded, long failed, long cancelled,
                            long durationCount, long durationSumMs, byte[] durationSketch) {
}
