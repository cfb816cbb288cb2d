package io.skillify.analytics.domain;

import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepStatus;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.run.domain.event.StepOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What finished runs add to the aggregates. A run counts in the 15-minute, the hour and the day UTC bucket of its
 * creation, with its final status, each twice: in its automation's row and in the workspace's total row. Each step that ran
 * (it has a duration, or it failed) counts in its automation's rows for its node, in the UTC day and the UTC week
 * (from Monday) of its run's creation; skipped steps and steps that never started do not count.
 */
public final class RunTally {

    private static final List<Grain> RUN_GRAINS = List.of(Grain.QUARTER, Grain.HOUR, Grain.DAY);
    private static final List<Grain> STEP_GRAINS = List.of(Grain.DAY, Grain.WEEK);

    private final SortedMap<RunBucketKey, RunFigures> runs = new TreeMap<>();
    private final SortedMap<StepBucketKey, StepFigures> steps = new TreeMap<>();

    public static RunTally of(List<RunFinished> finished) {
        RunTally tally = new RunTally();
        finished.forEach(tally::add);
        return tally;
    }

    public void add(RunFinished run) {
        if (!run.status().isTerminal()) {
            throw new IllegalArgumentException("run " + run.runId() + " has not finished");
        }
        UUID automation = run.automationId().value();
        RunFigures figures = figuresOf(run);
        for (Grain grain : RUN_GRAINS) {
            Instant bucket = grain.startOf(run.createdAt());
            runs.merge(new RunBucketKey(grain, run.workspaceId(), automation, bucket), figures, RunFigures::plus);
            runs.merge(new RunBucketKey(grain, run.workspaceId(), Buckets.WORKSPACE_TOTAL, bucket), figures,
                    RunFigures::plus);
        }
        for (StepOutcome step : run.steps()) {
            if (counts(step)) {
                for (Grain grain : STEP_GRAINS) {
                    steps.merge(new StepBucketKey(grain, run.workspaceId(), automation, step.nodeId(),
                            grain.startOf(run.createdAt())), figuresOf(step), StepFigures::plus);
                }
            }
        }
    }

    /** The run rows to add to, in the order to lock them. */
    public SortedMap<RunBucketKey, RunFigures> runRows() {
        return java.util.Collections.unmodifiableSortedMap(runs);
    }

    /** The step rows to add to, in the order to lock them. */
    public SortedMap<StepBucketKey, StepFigures> stepRows() {
        return java.util.Collections.unmodifiableSortedMap(steps);
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    private static RunFigures figuresOf(RunFinished run) {
        RunStatus status = run.status();
        boolean timed = status == RunStatus.SUCCEEDED || status == RunStatus.FAILED;
        return new RunFigures(1, status == RunStatus.SUCCEEDED ? 1 : 0, status == RunStatus.FAILED ? 1 : 0,
                status == RunStatus.CANCELLED ? 1 : 0, timed ? List.of(Math.max(0, run.durationMs())) : List.of());
    }

    static boolean counts(StepOutcome step) {
        return step.status() != StepStatus.SKIPPED && (step.durationMs() != null || step.status() == StepStatus.FAILED);
    }

    private static StepFigures figuresOf(StepOutcome step) {
        return new StepFigures(step.type(), 1, step.status() == StepStatus.FAILED ? 1 : 0,
                step.durationMs() == null ? List.of() : List.of(Math.max(0, step.durationMs())));
    }

    @Override
    public String toString() {
        return "RunTally" + Map.of("runs", runs.size(), "steps", steps.size());
    }
}
