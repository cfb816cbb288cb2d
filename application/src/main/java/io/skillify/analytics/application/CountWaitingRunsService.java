package io.skillify.analytics.application;

import io.skillify.analytics.application.port.in.CountWaitingRunsUseCase;
import io.skillify.analytics.application.port.in.RecordFinishedRunUseCase;
import io.skillify.analytics.application.port.out.AnalyticsInbox;
import io.skillify.run.application.port.in.FinishedRunsQuery;
import io.skillify.run.domain.RunId;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.TransactionRunner;
import java.util.List;

/**
 * Takes waiting runs off the inbox, reads them as the run context keeps them (their {@code RunFinished}, through its
 * {@link FinishedRunsQuery}) and counts them, all in one transaction. A run deleted before it was counted (its
 * workspace deleted) is taken and not counted.
 */
@UseCase
class CountWaitingRunsService implements CountWaitingRunsUseCase {

    private final AnalyticsInbox inbox;
    private final FinishedRunsQuery history;
    private final RecordFinishedRunUseCase recorder;
    private final TransactionRunner transactions;

    CountWaitingRunsService(AnalyticsInbox inbox, FinishedRunsQuery history, RecordFinishedRunUseCase recorder,
                            TransactionRunner transactions) {
        this.inbox = inbox;
        this.history = history;
        this.recorder = recorder;
        this.transactions = transactions;
    }

    @Override
    public int countWaiting() {
        // the recorder joins this transaction and lets its commit skip the disk wait (AnalyticsAggregates)
        return transactions.inTransaction(() -> {
            List<RunId> taken = inbox.take(MOST_PER_TRANSACTION);
            if (!taken.isEmpty()) {
                recorder.record(history.of(taken));
            }
            return taken.size();
        });
    }
}
