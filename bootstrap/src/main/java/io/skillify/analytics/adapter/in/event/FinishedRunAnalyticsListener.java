package io.skillify.analytics.adapter.in.event;

import io.skillify.analytics.application.port.in.RecordFinishedRunUseCase;
import io.skillify.run.domain.event.RunFinished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts a finished run after its commit. Delivery is at least once (the publication registry resubmits what did
 * not complete); counting is once only.
 */
@Component
@AnalyticsListeners
class FinishedRunAnalyticsListener {

    private final RecordFinishedRunUseCase runs;

    FinishedRunAnalyticsListener(RecordFinishedRunUseCase runs) {
        this.runs = runs;
    }

    @ApplicationModuleListener
    void on(RunFinished finished) {
        runs.record(finished);
    }
}
