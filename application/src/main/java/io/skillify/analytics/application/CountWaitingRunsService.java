package io.skillify.analytics.application;

import io.skillify.analytics.application.port.in.CountWaitingRunsUseCase;
import io.skillify.analytics.application.port.in.RecordFinishedRunUseCase;
import io.skillify.analytics.application.port.out.AnalyticsAggregates;
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
    private final AnalyticsAggregates aggregates;
    private final TransactionRunner transactions;

    CountWaitingRunsService(AnalyticsInbox inbox, FinishedRunsQuery history, RecordFinishedRunUseCase recorder,
                            AnalyticsAggregates aggregates, TransactionRunner transactions) {
        this.inbox = inbox;
        this.history = history;
        this.recorder = recorder;
        this.aggregates = aggregates;
        this.transactions = transactions;
    }

    @Override
    public int countWaiting() {
        return transactions.inTransaction(() -> {
            aggregates.commitWithoutWaitingForDisk();
            List<RunId> taken = inbox.take(MOST_PER_TRANSACTION);
            if (!taken.isEmpty()) {
                recorder.record(history.of(taken));
            }
            return taken.size();
        });
    }
}
