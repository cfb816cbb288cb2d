package io.skillify.analytics.domain;

import java.util.ArrayList;
import java.util.List;

/** What some steps of one node add to one step row: how many ran, how many failed, and their durations (ms). */
public record StepFigures(String nodeType, int total, int failed, List<Long> durationsMs) {

    public StepFigures {
        durationsMs = List.copyOf(durationsMs);
    }

    public long durationSumMs() {
        return durationsMs.stream().mapToLong(Long::longValue).sum();
    }

    public StepFigures plus(StepFigures other) {
        List<Long> durations = new ArrayList<>(durationsMs);
        durations.addAll(other.durationsMs);
        return new StepFigures(other.nodeType, total + other.total, failed + other.failed, durations);
    }
}
