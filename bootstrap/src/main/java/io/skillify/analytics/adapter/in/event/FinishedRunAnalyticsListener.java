package io.skillify.analytics.adapter.in.event;

import io.skillify.analytics.application.port.in.CountFinishedRunUseCase;
import io.skillify.run.domain.event.RunFinished;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Counts a finished run after its commit. Delivery is at least once (the publication registry resubmits what did
 * not complete); counting is once only. Without a transaction of its own: the run waits to be counted with the
 * others finishing meanwhile in one shared transaction (`CoalescedRunCounting`), holding no connection.
 */
@Component
@AnalyticsListeners
class FinishedRunAnalyticsListener {

    private final CountFinishedRunUseCase runs;

    FinishedRunAnalyticsListener(CountFinishedRunUseCase runs) {
        this.runs = runs;
    }

    @Async
    @TransactionalEventListener
    public void on(RunFinished finished) {
        runs.count(finished);
    }
}
