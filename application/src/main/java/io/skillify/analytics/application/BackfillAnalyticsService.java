package io.skillify.analytics.application;

import io.skillify.analytics.application.port.in.BackfillAnalyticsUseCase;
import io.skillify.analytics.application.port.in.RecordFinishedRunUseCase;
import io.skillify.analytics.application.port.out.AutomationNames;
import io.skillify.analytics.application.port.out.BackfillCursors;
import io.skillify.automation.application.port.in.AutomationCatalogQuery;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.view.AutomationSummary;
import io.skillify.run.application.port.in.FinishedRunsQuery;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.TransactionRunner;
import java.time.Clock;
import java.util.List;

/**
 * Walks the automation catalogue (names: re-putting them is harmless) and then the finished runs after the saved
 * cursor, batch by batch; each batch is counted through {@link RecordFinishedRunUseCase} (once-only) and the cursor
 * saved after it. A batch interrupted before its cursor was saved is read again and counts nothing twice.
 */
@UseCase
class BackfillAnalyticsService implements BackfillAnalyticsUseCase {

    static final String RUNS = "runs";

    private final FinishedRunsQuery history;
    private final AutomationCatalogQuery catalog;
    private final RecordFinishedRunUseCase recorder;
    private final AutomationNames names;
    private final BackfillCursors cursors;
    private final TransactionRunner transactions;
    private final Clock clock;

    BackfillAnalyticsService(FinishedRunsQuery history, AutomationCatalogQuery catalog,
                             RecordFinishedRunUseCase recorder, AutomationNames names, BackfillCursors cursors,
                             TransactionRunner transactions, Clock clock) {
        this.history = history;
        this.catalog = catalog;
        this.recorder = recorder;
        this.names = names;
        this.cursors = cursors;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Progress backfill(int batchSize, long mostBatches) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        copyAutomationNames(batchSize);
        RunId after = cursors.position(RUNS).orElse(null);
        long read = 0;
        long counted = 0;
        long batches = 0;
        while (mostBatches < 0 || batches < mostBatches) {
            List<RunFinished> batch = history.after(after, batchSize);
            if (batch.isEmpty()) {
                return new Progress(read, counted, batches, true);
            }
            RunId last = batch.getLast().runId();
            counted += transactions.inTransaction(() -> {
                int now = recorder.record(batch);
                cursors.save(RUNS, last, clock.instant());
                return now;
            });
            after = last;
            read += batch.size();
            batches++;
        }
        return new Progress(read, counted, batches, history.after(after, 1).isEmpty());
    }

    private void copyAutomationNames(int batchSize) {
        AutomationId after = null;
        while (true) {
            List<AutomationSummary> page = catalog.after(after, batchSize);
            if (page.isEmpty()) {
                return;
            }
            page.forEach(names::put);
            after = page.getLast().id();
        }
    }
}
