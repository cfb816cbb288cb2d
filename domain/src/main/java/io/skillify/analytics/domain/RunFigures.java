package io.skillify.analytics.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What some runs add to one run row: how many, by final status, and the durations (ms) of those that succeeded or
 * failed (a cancelled run's time says how long it waited, not how long the automation takes).
 */
public record RunFigures(int total, int succeeded, int failed, int cancelled, List<Long> durationsMs) {

    public RunFigures {
        durationsMs = List.copyOf(durationsMs);
    }

    public long durationSumMs() {
        return durationsMs.stream().mapToLong(Long::longValue).sum();
    }

    public RunFigures plus(RunFigures other) {
        List<Long> durations = new ArrayList<>(durationsMs);
        durations.addAll(other.durationsMs);
        return new RunFigures(total + other.total, succeeded + other.succeeded, failed + other.failed,
                cancelled + other.cancelled, durations);
    }
}
