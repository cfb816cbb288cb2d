package io.skillify.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.automation.domain.AutomationId;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepStatus;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.run.domain.event.StepOutcome;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RunTallyTest {

    static final WorkspaceId WORKSPACE = new WorkspaceId(UUID.randomUUID());
    static final AutomationId AUTOMATION = new AutomationId(UUID.randomUUID());

    static RunFinished run(RunStatus status, String createdAt, long durationMs, StepOutcome... steps) {
        Instant created = Instant.parse(createdAt);
        return new RunFinished(WORKSPACE, new RunId(UUID.randomUUID()), AUTOMATION, 1, status, null, created, created,
                created.plusMillis(durationMs), durationMs, List.of(steps));
    }

    @Test
    void aRunLandsInTheFifteenMinuteUtcBucketOfItsCreation() {
        assertThat(Buckets.startOf(Instant.parse("2026-03-08T06:59:59.999Z"))).isEqualTo(Instant.parse("2026-03-08T06:45:00Z"));
        assertThat(Buckets.startOf(Instant.parse("2026-03-08T07:00:00Z"))).isEqualTo(Instant.parse("2026-03-08T07:00:00Z"));
        assertThat(Buckets.startOf(Instant.parse("1969-12-31T23:59:00Z"))).isEqualTo(Instant.parse("1969-12-31T23:45:00Z"));
    }

    @Test
    void aRunCountsInItsAutomationsRowAndInTheWorkspaceTotalRow() {
        RunTally tally = RunTally.of(List.of(run(RunStatus.SUCCEEDED, "2026-05-01T10:07:00Z", 1200)));

        Instant bucket = Instant.parse("2026-05-01T10:00:00Z");
        RunFigures expected = new RunFigures(1, 1, 0, 0, List.of(1200L));
        assertThat(tally.runRows()).containsOnlyKeys(new RunBucketKey(WORKSPACE, AUTOMATION.value(), bucket),
                new RunBucketKey(WORKSPACE, Buckets.WORKSPACE_TOTAL, bucket));
        assertThat(tally.runRows().values()).containsOnly(expected);
    }

    @Test
    void runsOfOneBucketAddUpByStatusAndOnlySucceededAndFailedRunsAddADuration() {
        RunTally tally = RunTally.of(List.of(
                run(RunStatus.SUCCEEDED, "2026-05-01T10:00:00Z", 100),
                run(RunStatus.FAILED, "2026-05-01T10:14:59Z", 300),
                run(RunStatus.CANCELLED, "2026-05-01T10:05:00Z", 5000),
                run(RunStatus.SUCCEEDED, "2026-05-01T10:15:00Z", 700)));

        RunFigures first = tally.runRows().get(new RunBucketKey(WORKSPACE, AUTOMATION.value(),
                Instant.parse("2026-05-01T10:00:00Z")));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.succeeded()).isEqualTo(1);
        assertThat(first.failed()).isEqualTo(1);
        assertThat(first.cancelled()).isEqualTo(1);
        assertThat(first.durationsMs()).containsExactly(100L, 300L);
        assertThat(first.durationSumMs()).isEqualTo(400);
        assertThat(tally.runRows().get(new RunBucketKey(WORKSPACE, AUTOMATION.value(),
                Instant.parse("2026-05-01T10:15:00Z"))).total()).isEqualTo(1);
    }

    @Test
    void stepsThatRanCountPerNodeWhileSkippedAndNeverStartedStepsDoNot() {
        RunTally tally = RunTally.of(List.of(run(RunStatus.FAILED, "2026-05-01T10:00:00Z", 900,
                new StepOutcome("fetch", "http.request", StepStatus.SUCCEEDED, 1, 250L),
                new StepOutcome("parse", "transform", StepStatus.FAILED, 3, 40L),
                new StepOutcome("notify", "http.request", StepStatus.SKIPPED, 0, null),
                new StepOutcome("later", "delay", StepStatus.CANCELLED, 0, null))));

        Instant bucket = Instant.parse("2026-05-01T10:00:00Z");
        assertThat(tally.stepRows()).containsOnlyKeys(
                new StepBucketKey(WORKSPACE, AUTOMATION.value(), "fetch", bucket),
                new StepBucketKey(WORKSPACE, AUTOMATION.value(), "parse", bucket));
        assertThat(tally.stepRows().get(new StepBucketKey(WORKSPACE, AUTOMATION.value(), "parse", bucket)))
                .isEqualTo(new StepFigures("transform", 1, 1, List.of(40L)));
        assertThat(tally.stepRows().get(new StepBucketKey(WORKSPACE, AUTOMATION.value(), "fetch", bucket)))
                .isEqualTo(new StepFigures("http.request", 1, 0, List.of(250L)));
    }

    @Test
    void rowsComeInOneLockingOrderWhateverTheOrderOfTheRuns() {
        RunTally one = RunTally.of(List.of(run(RunStatus.SUCCEEDED, "2026-05-01T10:00:00Z", 1),
                run(RunStatus.SUCCEEDED, "2026-05-01T09:00:00Z", 1)));
        RunTally other = RunTally.of(List.of(run(RunStatus.SUCCEEDED, "2026-05-01T09:00:00Z", 1),
                run(RunStatus.SUCCEEDED, "2026-05-01T10:00:00Z", 1)));

        assertThat(List.copyOf(one.runRows().keySet())).isEqualTo(List.copyOf(other.runRows().keySet()));
        assertThat(one.runRows().firstKey().automation()).isEqualTo(Buckets.WORKSPACE_TOTAL);
    }

    @Test
    void idsAreOrderedAsPostgresqlOrdersThemUnsignedByteByByte() {
        java.util.List<UUID> ids = new java.util.ArrayList<>(List.of(UUID.fromString("eb2150e0-7e79-49af-8bdb-6d768719c63b"),
                UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff"), Buckets.WORKSPACE_TOTAL,
                UUID.fromString("80000000-0000-0000-0000-000000000000")));

        ids.sort(Buckets.UUID_ORDER);

        assertThat(ids).extracting(UUID::toString).containsExactly("00000000-0000-0000-0000-000000000000",
                "7fffffff-ffff-ffff-ffff-ffffffffffff", "80000000-0000-0000-0000-000000000000",
                "eb2150e0-7e79-49af-8bdb-6d768719c63b");
    }

    @Test
    void anUnfinishedRunIsRefused() {
        assertThatThrownBy(() -> RunTally.of(List.of(run(RunStatus.RUNNING, "2026-05-01T10:00:00Z", 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
