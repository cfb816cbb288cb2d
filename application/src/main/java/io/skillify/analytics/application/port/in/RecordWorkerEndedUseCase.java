package io.skillify.analytics.application.port.in;

import io.skillify.worker.domain.event.WorkerEnded;

/** Keeps an ended worker's cost and turns, once per worker. */
public interface RecordWorkerEndedUseCase {

    void record(WorkerEnded ended);
}
