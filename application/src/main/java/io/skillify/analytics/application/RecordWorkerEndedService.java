package io.skillify.analytics.application;

import io.skillify.analytics.application.port.in.RecordWorkerEndedUseCase;
import io.skillify.analytics.application.port.out.AnalyticsAggregates;
import io.skillify.analytics.application.port.out.WorkerCosts;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.worker.domain.event.WorkerEnded;
import java.util.List;

@UseCase
class RecordWorkerEndedService implements RecordWorkerEndedUseCase {

    private final WorkerCosts workers;
    private final AnalyticsAggregates aggregates;
    private final TransactionRunner transactions;

    RecordWorkerEndedService(WorkerCosts workers, AnalyticsAggregates aggregates, TransactionRunner transactions) {
        this.workers = workers;
        this.aggregates = aggregates;
        this.transactions = transactions;
    }

    @Override
    public void record(WorkerEnded ended) {
        transactions.inTransaction(() -> {
            if (workers.record(ended)) {
                aggregates.announceChanged(List.of(ended.workspaceId()));
            }
        });
    }
}
