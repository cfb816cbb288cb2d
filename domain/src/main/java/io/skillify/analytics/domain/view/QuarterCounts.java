package io.skillify.analytics.domain.view;

import java.time.Instant;

/**
 * One 15-minute aggregate as stored: the runs created in the quarter starting at {@code start}, by final status, and
 * their durations (count, sum and the serialized sketch, {@code null} when none or not read).
 */
public record QuarterCounts(Instant start, long total, long succeeded, long failed, long cancelled,
                            long durationCount, long durationSumMs, byte[] durationSketch) {
}
