package io.skillify.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.analytics.application.port.in.RecordFinishedRunUseCase;
import io.skillify.automation.domain.AutomationId;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Runs finishing together are counted together: every caller returns once its run's transaction committed, many
 * runs share a transaction, and a failed transaction fails each of its callers (their events come back later).
 */
class CoalescedRunCountingTest {

    private final WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());
    private final AutomationId automation = new AutomationId(UUID.randomUUID());

    @Test
    void manyCallersAtOnce_everyRunCountedOnce_inFarFewerTransactionsThanRuns() throws Exception {
        List<List<RunFinished>> transactions = new CopyOnWriteArrayList<>();
        Set<RunId> counted = ConcurrentHashMap.newKeySet();
        CoalescedRunCounting counting = new CoalescedRunCounting(recorder(runs -> {
            transactions.add(runs);
            runs.forEach(run -> counted.add(run.runId()));
        }));

        List<RunFinished> runs = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                RunFinished run = finished();
                runs.add(run);
                calls.add(callers.submit(() -> counting.count(run)));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        }

        assertThat(counted).containsExactlyInAnyOrderElementsOf(runs.stream().map(RunFinished::runId).toList());
        assertThat(transactions).hasSizeLessThan(runs.size());
        assertThat(transactions).allSatisfy(batch ->
                assertThat(batch).hasSizeLessThanOrEqualTo(CoalescedRunCounting.MOST_PER_TRANSACTION));
    }

    @Test
    void aTransactionThatFails_failsItsCaller_andTheNextOneCountsAgain() {
        List<Boolean> fail = new CopyOnWriteArrayList<>(List.of(true));
        CoalescedRunCounting counting = new CoalescedRunCounting(recorder(runs -> {
            if (!fail.isEmpty() && fail.removeFirst()) {
                throw new IllegalStateException("database gone");
            }
        }));

        assertThatThrownBy(() -> counting.count(finished())).hasMessageContaining("could not be counted")
                .hasRootCauseMessage("database gone");
        counting.count(finished());
    }

    private RunFinished finished() {
        Instant at = Instant.parse("2026-12-07T10:00:00Z");
        return new RunFinished(workspace, new RunId(UUID.randomUUID()), automation, 1, RunStatus.SUCCEEDED, null,
                at, at, at.plusMillis(10), 10, List.of());
    }

    private static RecordFinishedRunUseCase recorder(java.util.function.Consumer<List<RunFinished>> transaction) {
        return runs -> {
            transaction.accept(runs);
            return runs.size();
        };
    }
}
