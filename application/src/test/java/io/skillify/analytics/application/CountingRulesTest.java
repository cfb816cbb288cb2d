package io.skillify.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.analytics.application.port.out.AnalyticsAggregates.RunRowAddition;
import io.skillify.analytics.domain.Buckets;
import io.skillify.analytics.domain.Grain;
import io.skillify.analytics.domain.StepBucketKey;
import io.skillify.analytics.domain.RunBucketKey;
import io.skillify.automation.domain.AutomationId;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepStatus;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.run.domain.event.StepOutcome;
import io.skillify.shared.application.fakes.DirectTransactions;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CountingRulesTest {

    final InMemoryAnalyticsAggregates aggregates = new InMemoryAnalyticsAggregates();
    final DirectTransactions transactions = new DirectTransactions();
    final RecordFinishedRunService recorder = new RecordFinishedRunService(aggregates, transactions);
    final WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());
    final AutomationId automation = new AutomationId(UUID.randomUUID());
    final Instant bucket = Instant.parse("2026-05-01T10:00:00Z");

    RunFinished run(RunStatus status, long durationMs) {
        return new RunFinished(workspace, new RunId(UUID.randomUUID()), automation, 1, status, null,
                bucket.plusSeconds(60), bucket.plusSeconds(60), bucket.plusSeconds(60).plusMillis(durationMs),
                durationMs, List.of(new StepOutcome("call", "http.request", StepStatus.SUCCEEDED, 1, durationMs)));
    }

    RunRowAddition row(UUID automationOrTotal) {
        return aggregates.runRows.get(new RunBucketKey(Grain.QUARTER, workspace, automationOrTotal, bucket));
    }

    @Test
    void aRunDeliveredTwiceCountsOnceAndIsAnnouncedOnce() {
        RunFinished run = run(RunStatus.SUCCEEDED, 400);

        assertThat(recorder.record(run)).isTrue();
        assertThat(recorder.record(run)).isFalse();

        assertThat(row(automation.value()).total()).isEqualTo(1);
        assertThat(row(Buckets.WORKSPACE_TOTAL).total()).isEqualTo(1);
        assertThat(aggregates.stepRows.values()).hasSize(2).allSatisfy(step -> assertThat(step.total()).isEqualTo(1));
        assertThat(aggregates.announced).containsExactly(workspace);
    }

    @Test
    void aBatchCountsOnlyItsRunsNotCountedBefore() {
        RunFinished counted = run(RunStatus.SUCCEEDED, 100);
        recorder.record(counted);

        int now = recorder.record(List.of(counted, run(RunStatus.FAILED, 300), run(RunStatus.CANCELLED, 900)));

        assertThat(now).isEqualTo(2);
        RunRowAddition total = row(Buckets.WORKSPACE_TOTAL);
        assertThat(List.of(total.total(), total.succeeded(), total.failed(), total.cancelled()))
                .containsExactly(3, 1, 1, 1);
        assertThat(total.durationCount()).isEqualTo(2);
        assertThat(total.durationSumMs()).isEqualTo(400);
    }

    @Test
    void theStoredSketchAndTheNewDurationsAreMerged() {
        recorder.record(run(RunStatus.SUCCEEDED, 1_000));
        recorder.record(run(RunStatus.SUCCEEDED, 3_000));

        DurationSketch sketch = DurationSketch.fromBytes(row(automation.value()).mergedSketch());
        assertThat(sketch.count()).isEqualTo(2);
        assertThat(sketch.quantile(1.0)).isBetween(2_970.0, 3_030.0);
        assertThat(sketch.quantile(0.0)).isBetween(990.0, 1_010.0);
    }

    @Test
    void nothingNewIsNeitherWrittenNorAnnounced() {
        RunFinished run = run(RunStatus.SUCCEEDED, 10);
        recorder.record(run);
        aggregates.announced.clear();

        assertThat(recorder.record(List.of(run, run))).isZero();
        assertThat(aggregates.announced).isEmpty();
        assertThat(recorder.record(List.of())).isZero();
    }

    @Test
    void dayRowsKeepCountsOnlyWhileStepDayAndWeekRowsKeepSketches() {
        recorder.record(List.of(run(RunStatus.SUCCEEDED, 1_000), run(RunStatus.FAILED, 3_000)));

        RunRowAddition day = aggregates.runRows.get(new RunBucketKey(Grain.DAY, workspace, automation.value(),
                Instant.parse("2026-05-01T00:00:00Z")));
        assertThat(List.of(day.total(), day.succeeded(), day.failed())).containsExactly(2, 1, 1);
        assertThat(day.mergedSketch()).isNull();
        assertThat(row(automation.value()).mergedSketch()).isNotNull();
        for (StepBucketKey key : List.of(
                new StepBucketKey(Grain.DAY, workspace, automation.value(), "call", Instant.parse("2026-05-01T00:00:00Z")),
                new StepBucketKey(Grain.WEEK, workspace, automation.value(), "call", Instant.parse("2026-04-27T00:00:00Z")))) {
            assertThat(DurationSketch.fromBytes(aggregates.stepRows.get(key).mergedSketch()).count()).isEqualTo(2);
        }
    }
}
