package io.skillify.analytics.application;

import io.skillify.analytics.application.port.out.AnalyticsAggregates;
import io.skillify.analytics.domain.RunBucketKey;
import io.skillify.analytics.domain.StepBucketKey;
import io.skillify.run.domain.RunId;
import io.skillify.shared.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The aggregates in maps: rows as the adapter keeps them (counters summed, sketch replaced by the merged one). */
final class InMemoryAnalyticsAggregates implements AnalyticsAggregates {

    final Set<RunId> counted = new HashSet<>();
    final Map<RunBucketKey, RunRowAddition> runRows = new HashMap<>();
    final Map<StepBucketKey, StepRowAddition> stepRows = new HashMap<>();
    final List<WorkspaceId> announced = new ArrayList<>();

    @Override
    public void commitWithoutWaitingForDisk() {
    }

    @Override
    public Set<RunId> markCounted(Map<RunId, WorkspaceId> runs) {
        Set<RunId> fresh = new HashSet<>();
        runs.keySet().forEach(run -> {
            if (counted.add(run)) {
                fresh.add(run);
            }
        });
        return fresh;
    }

    @Override
    public Map<RunBucketKey, byte[]> lockRunRows(List<RunBucketKey> keys) {
        Map<RunBucketKey, byte[]> sketches = new HashMap<>();
        keys.stream().filter(runRows::containsKey).filter(key -> runRows.get(key).mergedSketch() != null)
                .forEach(key -> sketches.put(key, runRows.get(key).mergedSketch()));
        return sketches;
    }

    @Override
    public void addToRunRows(List<RunRowAddition> additions) {
        additions.forEach(add -> runRows.merge(add.key(), add, (old, now) -> new RunRowAddition(add.key(),
                old.total() + now.total(), old.succeeded() + now.succeeded(), old.failed() + now.failed(),
                old.cancelled() + now.cancelled(), old.durationCount() + now.durationCount(),
                old.durationSumMs() + now.durationSumMs(), now.mergedSketch())));
    }

    @Override
    public Map<StepBucketKey, byte[]> lockStepRows(Map<StepBucketKey, String> keysAndNodeTypes) {
        Map<StepBucketKey, byte[]> sketches = new HashMap<>();
        keysAndNodeTypes.keySet().stream().filter(stepRows::containsKey)
                .filter(key -> stepRows.get(key).mergedSketch() != null)
                .forEach(key -> sketches.put(key, stepRows.get(key).mergedSketch()));
        return sketches;
    }

    @Override
    public void addToStepRows(List<StepRowAddition> additions) {
        additions.forEach(add -> stepRows.merge(add.key(), add, (old, now) -> new StepRowAddition(add.key(),
                old.total() + now.total(), old.failed() + now.failed(), old.durationCount() + now.durationCount(),
                old.durationSumMs() + now.durationSumMs(), now.mergedSketch())));
    }

    @Override
    public void announceChanged(Collection<WorkspaceId> workspaces) {
        announced.addAll(workspaces);
    }

    @Override
    public void forget(WorkspaceId workspace) {
        runRows.keySet().removeIf(key -> key.workspace().equals(workspace));
        stepRows.keySet().removeIf(key -> key.workspace().equals(workspace));
    }
}
