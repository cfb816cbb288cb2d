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
        Instant day = Instant.parse("2026-05-01T00:00:00Z");
        assertThat(tally.runRows()).containsOnlyKeys(new RunBucketKey(Grain.QUARTER, WORKSPACE, AUTOMATION.value(), bucket),
                new RunBucketKey(Grain.QUARTER, WORKSPACE, Buckets.WORKSPACE_TOTAL, bucket),
                new RunBucketKey(Grain.HOUR, WORKSPACE, AUTOMATION.value(), bucket),
                new RunBucketKey(Grain.HOUR, WORKSPACE, Buckets.WORKSPACE_TOTAL, bucket),
                new RunBucketKey(Grain.DAY, WORKSPACE, AUTOMATION.value(), day),
                new RunBucketKey(Grain.DAY, WORKSPACE, Buckets.WORKSPACE_TOTAL, day));
        assertThat(tally.runRows().values()).containsOnly(expected);
    }

    @Test
    void runsOfOneBucketAddUpByStatusAndOnlySucceededAndFailedRunsAddADuration() {
        RunTally tally = RunTally.of(List.of(
                run(RunStatus.SUCCEEDED, "2026-05-01T10:00:00Z", 100),
                run(RunStatus.FAILED, "2026-05-01T10:14:59Z", 300),
                run(RunStatus.CANCELLED, "2026-05-01T10:05:00Z", 5000),
                run(RunStatus.SUCCEEDED, "2026-05-01T10:15:00Z", 700)));

        RunFigures first = tally.runRows().get(new RunBucketKey(Grain.QUARTER, WORKSPACE, AUTOMATION.value(),
                Instant.parse("2026-05-01T10:00:00Z")));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.succeeded()).isEqualTo(1);
        assertThat(first.failed()).isEqualTo(1);
        assertThat(first.cancelled()).isEqualTo(1);
        assertThat(first.durationsMs()).containsExactly(100L, 300L);
        assertThat(first.durationSumMs()).isEqualTo(400);
        assertThat(tally.runRows().get(new RunBucketKey(Grain.QUARTER, WORKSPACE, AUTOMATION.value(),
                Instant.parse("2026-05-01T10:15:00Z"))).total()).isEqualTo(1);
    }

    @Test
    void stepsThatRanCountPerNodeWhileSkippedAndNeverStartedStepsDoNot() {
        RunTally tally = RunTally.of(List.of(run(RunStatus.FAILED, "2026-05-01T10:00:00Z", 900,
                new StepOutcome("fetch", "http.request", StepStatus.SUCCEEDED, 1, 250L),
                new StepOutcome("parse", "transform", StepStatus.FAILED, 3, 40L),
                new StepOutcome("notify", "http.request", StepStatus.SKIPPED, 0, null),
                new StepOutcome("later", "delay", StepStatus.CANCELLED, 0, null))));

        Instant day = Instant.parse("2026-05-01T00:00:00Z");
        Instant week = Instant.parse("2026-04-27T00:00:00Z");
        assertThat(tally.stepRows()).containsOnlyKeys(
                new StepBucketKey(Grain.DAY, WORKSPACE, AUTOMATION.value(), "fetch", day),
                new StepBucketKey(Grain.DAY, WORKSPACE, AUTOMATION.value(), "parse", day),
                new StepBucketKey(Grain.WEEK, WORKSPACE, AUTOMATION.value(), "fetch", week),
                new StepBucketKey(Grain.WEEK, WORKSPACE, AUTOMATION.value(), "parse", week));
        for (Instant start : List.of(day, week)) {
            Grain grain = start.equals(day) ? Grain.DAY : Grain.WEEK;
            assertThat(tally.stepRows().get(new StepBucketKey(grain, WORKSPACE, AUTOMATION.value(), "parse", start)))
                    .isEqualTo(new StepFigures("transform", 1, 1, List.of(40L)));
            assertThat(tally.stepRows().get(new StepBucketKey(grain, WORKSPACE, AUTOMATION.value(), "fetch", start)))
                    .isEqualTo(new StepFigures("http.request", 1, 0, List.of(250L)));
        }
    }

    @Test
    void rowsComeInOneLockingOrderWhateverTheOrderOfTheRuns() {
        RunTally one = RunTally.of(List.of(run(RunStatus.SUCCEEDED, "2026-05-01T10:00:00Z", 1),
                run(RunStatus.SUCCEEDED, "2026-05-01T09:00:00Z", 1)));
        RunTally other = RunTally.of(List.of(run(RunStatus.SUCCEEDED, "2026-05-01T09:00:00Z", 1),
                run(RunStatus.SUCCEEDED, "2026-05-01T10:00:00Z", 1)));

        assertThat(List.copyOf(one.runRows().keySet())).isEqualTo(List.copyOf(other.runRows().keySet()));
        assertThat(one.runRows().firstKey().automation()).isEqualTo(Buckets.WORKSPACE_TOTAL);
        assertThat(one.runRows().keySet()).extracting(RunBucketKey::grain)
                .containsExactly(Grain.QUARTER, Grain.QUARTER, Grain.QUARTER, Grain.QUARTER, Grain.HOUR, Grain.HOUR,
                        Grain.HOUR, Grain.HOUR, Grain.DAY, Grain.DAY);
    }

    @Test
    void runsOfOneDayAddUpInTheirDayRowsAndStepsOfOneWeekInTheirWeekRow() {
        StepOutcome step = new StepOutcome("fetch", "http.request", StepStatus.SUCCEEDED, 1, 10L);
        RunTally tally = RunTally.of(List.of(run(RunStatus.SUCCEEDED, "2026-05-04T00:00:00Z", 100, step),
                run(RunStatus.FAILED, "2026-05-04T23:59:59Z", 300, step),
                run(RunStatus.SUCCEEDED, "2026-05-10T23:59:59Z", 500, step)));

        RunFigures monday = tally.runRows().get(new RunBucketKey(Grain.DAY, WORKSPACE, AUTOMATION.value(),
                Instant.parse("2026-05-04T00:00:00Z")));
        assertThat(monday).isEqualTo(new RunFigures(2, 1, 1, 0, List.of(100L, 300L)));
        assertThat(tally.stepRows().get(new StepBucketKey(Grain.WEEK, WORKSPACE, AUTOMATION.value(), "fetch",
                Instant.parse("2026-05-04T00:00:00Z"))).total()).isEqualTo(3);
        assertThat(tally.stepRows().get(new StepBucketKey(Grain.DAY, WORKSPACE, AUTOMATION.value(), "fetch",
                Instant.parse("2026-05-10T00:00:00Z"))).total()).isEqualTo(1);
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
