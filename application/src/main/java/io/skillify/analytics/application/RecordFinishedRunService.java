package io.skillify.analytics.application;

import io.skillify.analytics.application.port.in.RecordFinishedRunUseCase;
import io.skillify.analytics.application.port.out.AnalyticsAggregates;
import io.skillify.analytics.application.port.out.AnalyticsAggregates.RunRowAddition;
import io.skillify.analytics.application.port.out.AnalyticsAggregates.StepRowAddition;
import io.skillify.analytics.domain.RunBucketKey;
import io.skillify.analytics.domain.RunTally;
import io.skillify.analytics.domain.StepBucketKey;
import io.skillify.analytics.domain.StepFigures;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts finished runs once: in one transaction, the runs not counted before are marked counted, their rows are locked
 * (always in the same order: run rows of quarters, hours, then days, then step rows of days then weeks, each by key;
 * so concurrent batches wait for each other instead of deadlocking), and their figures are added, sketches merged in
 * Java. A redelivered run is not marked again and adds nothing.
 */
@UseCase
class RecordFinishedRunService implements RecordFinishedRunUseCase {

    private final AnalyticsAggregates aggregates;
    private final TransactionRunner transactions;

    RecordFinishedRunService(AnalyticsAggregates aggregates, TransactionRunner transactions) {
        this.aggregates = aggregates;
        this.transactions = transactions;
    }

    @Override
    public int record(List<RunFinished> runs) {
        if (runs.isEmpty()) {
            return 0;
        }
        return transactions.inTransaction(() -> {
            aggregates.commitWithoutWaitingForDisk();
            Map<RunId, WorkspaceId> candidates = new LinkedHashMap<>();
            runs.forEach(run -> candidates.put(run.runId(), run.workspaceId()));
            Set<RunId> fresh = aggregates.markCounted(candidates);
            List<RunFinished> counted = new ArrayList<>();
            for (RunFinished run : runs) {
                if (fresh.remove(run.runId())) {
                    counted.add(run);
                }
            }
            if (counted.isEmpty()) {
                return 0;
            }
            RunTally tally = RunTally.of(counted);
            aggregates.addToRunRows(runAdditions(tally));
            aggregates.addToStepRows(stepAdditions(tally));
            Set<WorkspaceId> workspaces = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
            counted.forEach(run -> workspaces.add(run.workspaceId()));
            aggregates.announceChanged(workspaces);
            return counted.size();
        });
    }

    private List<RunRowAddition> runAdditions(RunTally tally) {
        Map<RunBucketKey, byte[]> stored = aggregates.lockRunRows(List.copyOf(tally.runRows().keySet()));
        List<RunRowAddition> additions = new ArrayList<>();
        tally.runRows().forEach((key, figures) -> additions.add(new RunRowAddition(key, figures.total(),
                figures.succeeded(), figures.failed(), figures.cancelled(), figures.durationsMs().size(),
                figures.durationSumMs(),
                key.grain().keepsRunSketches() ? merged(stored.get(key), figures.durationsMs()) : null)));
        return additions;
    }

    private List<StepRowAddition> stepAdditions(RunTally tally) {
        if (tally.stepRows().isEmpty()) {
            return List.of();
        }
        Map<StepBucketKey, String> keys = new LinkedHashMap<>();
        tally.stepRows().forEach((key, figures) -> keys.put(key, figures.nodeType()));
        Map<StepBucketKey, byte[]> stored = aggregates.lockStepRows(keys);
        List<StepRowAddition> additions = new ArrayList<>();
        tally.stepRows().forEach((key, figures) -> additions.add(stepAddition(key, figures, stored.get(key))));
        return additions;
    }

    private static StepRowAddition stepAddition(StepBucketKey key, StepFigures figures, byte[] stored) {
        return new StepRowAddition(key, figures.total(), figures.failed(), figures.durationsMs().size(),
                figures.durationSumMs(), merged(stored, figures.durationsMs()));
    }

    /** The stored sketch with the new durations added; the stored bytes unchanged when there are none. */
    private static byte[] merged(byte[] stored, List<Long> durations) {
        if (durations.isEmpty()) {
            return stored;
        }
        DurationSketch sketch = DurationSketch.fromBytes(stored);
        durations.forEach(sketch::add);
        return sketch.toBytes();
    }
}
