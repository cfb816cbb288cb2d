package io.skillify.analytics.application.port.out;

import io.skillify.worker.domain.event.WorkerEnded;

/** One row per ended worker (cost, turns, times), for worker cost outliers. */
public interface WorkerCosts {

    /** Records the worker once: a second report of the same worker changes nothing. Returns whether it was new. */
    boolean record(WorkerEnded ended);
}
