package io.skillify.analytics.application.port.in;

import io.skillify.run.domain.event.RunFinished;
import java.util.List;

/**
 * Adds finished runs to the aggregates, each at most once: a run already counted (a redelivered event, a backfill
 * over counted history) adds nothing.
 */
public interface RecordFinishedRunUseCase {

    /** Returns how many of the runs were counted now (the others were counted before). */
    int record(List<RunFinished> runs);

    default boolean record(RunFinished run) {
        return record(List.of(run)) == 1;
    }
}
