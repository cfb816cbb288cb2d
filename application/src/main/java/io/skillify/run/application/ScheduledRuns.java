package io.skillify.run.application;

import io.skillify.automation.domain.view.DueSchedule;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Starts the runs of schedule ticks (ScheduledRunService; a seam for the ticker's tests). */
interface ScheduledRuns {

    /**
     * Starts a run of the tick {@code takeTick} returns, in the transaction that takes it, unless it returns none
     * or another instance already started that tick.
     */
    void fireScheduled(DueSchedule schedule, Supplier<Optional<Instant>> takeTick);
}
