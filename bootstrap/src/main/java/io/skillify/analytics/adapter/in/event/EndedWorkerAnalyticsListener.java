package io.skillify.analytics.adapter.in.event;

import io.skillify.analytics.application.port.in.RecordWorkerEndedUseCase;
import io.skillify.worker.domain.event.WorkerEnded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps an ended worker's cost and turns after its commit, once per worker. */
@Component
@AnalyticsListeners
class EndedWorkerAnalyticsListener {

    private final RecordWorkerEndedUseCase workers;

    EndedWorkerAnalyticsListener(RecordWorkerEndedUseCase workers) {
        this.workers = workers;
    }

    @ApplicationModuleListener
    void on(WorkerEnded ended) {
        workers.record(ended);
    }
}
