package io.skillify.analytics.application.port.out;

import io.skillify.analytics.domain.Grain;
import io.skillify.analytics.domain.view.AutomationTotals;
import io.skillify.analytics.domain.view.KnownAutomation;
import io.skillify.analytics.domain.view.PeriodTotals;
import io.skillify.analytics.domain.view.BucketCounts;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads the run aggregates of one workspace (each method one statement of indexed range reads). */
public interface AggregateReads {

    /**
     * The rows with runs covering [{@code from}, {@code to}) once, in order of their start: whole UTC hours from the
     * hour rows where {@code coarsest} is {@link Grain#HOUR}, quarters for the rest (or everywhere, for
     * {@link Grain#QUARTER}). The workspace's totals, or one automation's when {@code automation} is given; sketches
     * only when {@code withSketches}.
     */
    List<BucketCounts> runRows(WorkspaceId workspace, Optional<AutomationId> automation, Instant from, Instant to,
                               Grain coarsest, boolean withSketches);

    /**
     * Totals over [{@code from}, {@code to}) per automation (every automation with runs, or only {@code automation});
     * the workspace's own total is not in the list.
     */
    List<AutomationTotals> totalsByAutomation(WorkspaceId workspace, Optional<AutomationId> automation, Instant from,
                                              Instant to);

    /**
     * The runs of [{@code from}, {@code to}) by outcome: the workspace's, or one automation's when {@code automation}
     * is given (whole days read from the day rows, only the edges from hours and quarters).
     */
    PeriodTotals periodTotals(WorkspaceId workspace, Optional<AutomationId> automation, Instant from, Instant to);

    /** The workspace's automations as analytics heard of them, deleted ones included. */
    List<KnownAutomation> automations(WorkspaceId workspace);
}
