package io.skillify.analytics.adapter.in.event;

import io.skillify.analytics.application.port.in.NoteFinishedRunUseCase;
import io.skillify.run.domain.event.RunFinished;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Notes each finished run in analytics' inbox inside the transaction that finishes it (before its commit), and wakes
 * the counting after that commit. Not an after-commit listener: the event publication registry would store, complete
 * and archive a serialised copy of every finished run, which cost the engine more than counting itself (ADR 0017).
 * Delivery needs no registry here: the inbox entry commits with the run or not at all.
 */
@Component
@AnalyticsListeners
class FinishedRunInboxListener {

    private final NoteFinishedRunUseCase inbox;
    private final WaitingRunsCounting counting;

    FinishedRunInboxListener(NoteFinishedRunUseCase inbox, WaitingRunsCounting counting) {
        this.inbox = inbox;
        this.counting = counting;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void on(RunFinished finished) {
        inbox.note(finished);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counting.wake();
            }
        });
    }
}
