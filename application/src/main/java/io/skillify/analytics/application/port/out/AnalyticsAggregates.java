package io.skillify.analytics.application.port.out;

import io.skillify.analytics.domain.RunBucketKey;
import io.skillify.analytics.domain.StepBucketKey;
import io.skillify.run.domain.RunId;
import io.skillify.shared.domain.WorkspaceId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The run aggregates (15-minute, hour and day rows), the step aggregates (day and week rows) and the record of which
 * runs they already count. Called inside one transaction per batch: mark the runs counted, lock the rows, add to them.
 * Rows are locked in the keys' order (grain first), run rows before step rows, in every transaction.
 */
public interface AnalyticsAggregates {

    /**
     * Lets the current transaction's commit return before it is on disk. Counting is safe without waiting: what a
     * crash loses it loses whole (the figures, the runs' counted marks and the inbox entries it took), so the runs
     * lost are still waiting in the inbox and are counted after the restart.
     */
    void commitWithoutWaitingForDisk();

    /** Records the runs as counted and returns those that were not counted before; the others are left alone. */
    Set<RunId> markCounted(Map<RunId, WorkspaceId> runs);

    /**
     * Makes sure the rows exist and locks them, in the order given, until the transaction ends; returns each row's
     * stored duration sketch (absent when it has none yet).
     */
    Map<RunBucketKey, byte[]> lockRunRows(List<RunBucketKey> keys);

    void addToRunRows(List<RunRowAddition> additions);

    /** As {@link #lockRunRows}; a new row takes the node type given. */
    Map<StepBucketKey, byte[]> lockStepRows(Map<StepBucketKey, String> keysAndNodeTypes);

    void addToStepRows(List<StepRowAddition> additions);

    /** Tells the live streams of these workspaces, on every instance, that their aggregates changed (after commit). */
    void announceChanged(Collection<WorkspaceId> workspaces);

    /** Drops everything analytics keeps for the workspace. */
    void forget(WorkspaceId workspace);

    /**
     * Counters to add to a run row, and the row's sketch with the new durations merged in. Day rows keep counts only:
     * their durations and sketch are left out.
     */
    record RunRowAddition(RunBucketKey key, int total, int succeeded, int failed, int cancelled, int durationCount,
                          long durationSumMs, byte[] mergedSketch) {
    }

    /** Counters to add to a step row, and the row's sketch with the new durations merged in. */
    record StepRowAddition(StepBucketKey key, int total, int failed, int durationCount, long durationSumMs,
                           byte[] mergedSketch) {
    }
}
