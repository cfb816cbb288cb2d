package io.skillify.analytics.application.port.out;

import io.skillify.analytics.domain.insight.AutomationRuns;
import io.skillify.analytics.domain.insight.KnownAutomation;
import io.skillify.analytics.domain.insight.WorkerCost;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The analytics aggregates the insight rules read, for runs created in [from, to) (whole 15-minute buckets that
 * start in it). {@code automation} narrows to one automation when present.
 */
public interface InsightSources {

    /** Runs per automation (never the workspace-total row), automations without runs left out. */
    List<AutomationRuns> runsByAutomation(WorkspaceId workspace, Instant from, Instant to, Optional<UUID> automation);

    /**
     * The stored step-duration sketches of the whole UTC days [{@code from}, {@code to}) (both at midnight UTC), one
     * call per (automation, node, day or week) row: whole weeks come from the week rows, the other days from the day
     * rows. Read in one plain query, so a caller merges at most (weeks + 12 days) sketches per node.
     */
    void eachNodeSketch(WorkspaceId workspace, Instant from, Instant to, Optional<UUID> automation,
                        NodeSketchSink sink);

    /** The workspace's automations as analytics knows them, deleted ones included. */
    List<KnownAutomation> automations(WorkspaceId workspace);

    /** Workers of the workspace that ended in [from, to). */
    List<WorkerCost> workerCosts(WorkspaceId workspace, Instant from, Instant to);

    @FunctionalInterface
    interface NodeSketchSink {
        void accept(UUID automationId, String nodeId, String nodeType, byte[] sketch);
    }
}
