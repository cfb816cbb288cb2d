package io.skillify.analytics;

import static io.skillify.support.Flows.chain;
import static io.skillify.support.Flows.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.analytics.application.DurationSketch;
import io.skillify.analytics.application.port.in.RecordFinishedRunUseCase;
import io.skillify.automation.domain.AutomationId;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepStatus;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.run.domain.event.StepOutcome;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.support.IntegrationTest;
import io.skillify.support.Runs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The aggregates as runs finish: fresh within seconds, each run counted once, nothing lost under concurrency. */
class AnalyticsAggregatesTest extends IntegrationTest {

    static final String NIL = "00000000-0000-0000-0000-000000000000";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecordFinishedRunUseCase recorder;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aFinishedRunShowsInItsAutomationsRowAndTheWorkspaceTotalWithinFiveSeconds() {
        Caller owner = newAccount("analytics-owner");
        UUID workspace = newWorkspace(owner);
        String automation = owner.api().post("/api/" + workspace + "/automations", Map.of("name", "nightly report",
                "flow", chain(node("start", "trigger.manual", Map.of()),
                        node("log", "notify.log", Map.of("message", "hello"))))).data().get("id").asString();
        String run = Runs.start(owner.api(), workspace, automation, null);
        Runs.awaitEnd(owner.api(), workspace, run, Duration.ofSeconds(20));

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            assertThat(runRow(workspace, automation)).containsEntry("total", 1).containsEntry("succeeded", 1)
                    .containsEntry("duration_count", 1);
            assertThat(runRow(workspace, NIL)).containsEntry("total", 1).containsEntry("succeeded", 1);
        });
        assertThat(jdbc.queryForList("select node_id, node_type, total, failed from analytics_steps_1d "
                + "where workspace_id = ? order by node_id", workspace))
                .containsExactly(Map.of("node_id", "log", "node_type", "notify.log", "total", 1, "failed", 0),
                        Map.of("node_id", "start", "node_type", "trigger.manual", "total", 1, "failed", 0));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select name, deleted_at from analytics_automations where workspace_id = ?", workspace))
                .singleElement().satisfies(row -> assertThat(row.get("name")).isEqualTo("nightly report")));
    }

    @Test
    void theSameRunFinishedDeliveredTwiceCountsOnce() {
        RunFinished finished = finished(new WorkspaceId(UUID.randomUUID()), UUID.randomUUID(),
                Instant.parse("2026-05-01T10:03:00Z"), 1_500);

        assertThat(recorder.record(finished)).isTrue();
        assertThat(recorder.record(finished)).isFalse();

        String workspace = finished.workspaceId().toString();
        assertThat(runRow(UUID.fromString(workspace), finished.automationId().toString()))
                .containsEntry("total", 1).containsEntry("succeeded", 1).containsEntry("duration_count", 1)
                .containsEntry("duration_sum_ms", 1_500L);
        assertThat(runRow(UUID.fromString(workspace), NIL)).containsEntry("total", 1);
        for (String table : List.of("analytics_runs_1h", "analytics_runs_1d", "analytics_steps_1d",
                "analytics_steps_7d")) {
            assertThat(jdbc.queryForList("select total from " + table + " where workspace_id = ? and automation_id = ?",
                    Integer.class, finished.workspaceId().value(), finished.automationId().value())).containsExactly(1);
        }
    }

    @Test
    void aRunWhoseEndIsPublishedAgainAfterItWasCountedCountsOnce() {
        Caller owner = newAccount("analytics-again");
        UUID workspace = newWorkspace(owner);
        String automation = owner.api().post("/api/" + workspace + "/automations", Map.of("name", "twice",
                "flow", chain(node("start", "trigger.manual", Map.of())))).data().get("id").asString();
        String run = Runs.start(owner.api(), workspace, automation, null);
        Runs.awaitEnd(owner.api(), workspace, run, Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(5)).until(() -> runRows(workspace, automation) == 1);

        RunFinished again = finished(new WorkspaceId(workspace), UUID.fromString(automation),
                Instant.parse("2026-05-01T10:03:00Z"), 5);
        RunFinished sameRun = new RunFinished(again.workspaceId(), new RunId(UUID.fromString(run)),
                again.automationId(), 1, RunStatus.SUCCEEDED, null, again.createdAt(), again.startedAt(),
                again.finishedAt(), 5, List.of());
        transactions.executeWithoutResult(status -> publisher.publishEvent(sameRun));
        transactions.executeWithoutResult(status -> publisher.publishEvent(sameRun));

        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForObject("select count(*) from "
                + "analytics_inbox where run_id = ?::uuid", Integer.class, run) == 0);
        assertThat(jdbc.queryForObject("select sum(total) from analytics_runs_15m where workspace_id = ? "
                + "and automation_id = ?::uuid", Long.class, workspace, automation)).isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from event_publication where event_type like ?",
                Integer.class, "%RunFinished")).as("finished runs do not go through the outbox").isZero();
    }

    private int runRows(UUID workspace, String automation) {
        return jdbc.queryForObject("select coalesce(sum(total), 0) from analytics_runs_15m where workspace_id = ? "
                + "and automation_id = ?::uuid", Integer.class, workspace, automation);
    }

    @Test
    void twentyThreadsRecordingRunsOfOneBucketLoseNothing() throws Exception {
        WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());
        UUID automation = UUID.randomUUID();
        int threads = 20;
        int runsEach = 25;
        List<Callable<Integer>> work = new ArrayList<>();
        long expectedSum = 0;
        for (int thread = 0; thread < threads; thread++) {
            List<RunFinished> runs = new ArrayList<>();
            for (int i = 0; i < runsEach; i++) {
                long duration = 100 + thread * runsEach + i;
                expectedSum += duration;
                runs.add(finished(workspace, automation, Instant.parse("2026-05-01T10:00:00Z").plusSeconds(i), duration));
            }
            work.add(() -> runs.stream().mapToInt(run -> recorder.record(run) ? 1 : 0).sum());
        }
        int counted = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (Future<Integer> done : pool.invokeAll(work)) {
                counted += done.get();
            }
        }

        int all = threads * runsEach;
        assertThat(counted).isEqualTo(all);
        for (String table : List.of("analytics_runs_15m", "analytics_runs_1h")) {
            for (String row : List.of(automation.toString(), NIL)) {
                Map<String, Object> stored = runRow(table, workspace.value(), row);
                assertThat(stored).containsEntry("total", all).containsEntry("succeeded", all)
                        .containsEntry("duration_count", all).containsEntry("duration_sum_ms", expectedSum);
                assertThat(DurationSketch.fromBytes((byte[]) stored.get("duration_sketch")).count()).isEqualTo(all);
            }
        }
        assertThat(jdbc.queryForList("select total from analytics_runs_1d where workspace_id = ?", Integer.class,
                workspace.value())).containsExactly(all, all);
        for (String table : List.of("analytics_steps_1d", "analytics_steps_7d")) {
            Map<String, Object> step = jdbc.queryForMap("select total, duration_count, duration_sketch from "
                    + table + " where workspace_id = ?", workspace.value());
            assertThat(step).containsEntry("total", all).containsEntry("duration_count", all);
            assertThat(DurationSketch.fromBytes((byte[]) step.get("duration_sketch")).count()).isEqualTo(all);
        }
    }

    @Test
    void concurrentBatchesOverlappingOnDifferentRowsNeitherDeadlockNorLoseRuns() throws Exception {
        WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());
        List<UUID> automations = java.util.stream.Stream.generate(UUID::randomUUID).limit(5).toList();
        java.util.Random random = new java.util.Random(14);
        List<Callable<Integer>> work = new ArrayList<>();
        for (int thread = 0; thread < 12; thread++) {
            List<List<RunFinished>> batches = new ArrayList<>();
            for (int batch = 0; batch < 5; batch++) {
                List<RunFinished> runs = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    runs.add(finished(workspace, automations.get(random.nextInt(automations.size())),
                            Instant.parse("2026-05-01T10:00:00Z").plusSeconds(900L * random.nextInt(6)), 50));
                }
                batches.add(runs);
            }
            work.add(() -> batches.stream().mapToInt(recorder::record).sum());
        }
        int counted = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            for (Future<Integer> done : pool.invokeAll(work)) {
                counted += done.get();
            }
        }

        assertThat(counted).isEqualTo(12 * 5 * 10);
        assertThat(jdbc.queryForObject("select sum(total) from analytics_runs_15m where workspace_id = ? and "
                + "automation_id = ?", Long.class, workspace.value(), UUID.fromString(NIL))).isEqualTo(600L);
        assertThat(jdbc.queryForObject("select sum(total) from analytics_runs_15m where workspace_id = ? and "
                + "automation_id <> ?", Long.class, workspace.value(), UUID.fromString(NIL))).isEqualTo(600L);
        assertThat(jdbc.queryForObject("select sum(total) from analytics_steps_1d where workspace_id = ?",
                Long.class, workspace.value())).isEqualTo(600L);
    }

    @Test
    void eightThreadsOfFiftyRunsOverTwoWeeksAreExactInEveryGrainAndNeverDeadlock() throws Exception {
        WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());
        List<UUID> automations = java.util.stream.Stream.generate(UUID::randomUUID).limit(3).toList();
        java.util.Random random = new java.util.Random(20);
        Instant sunday = Instant.parse("2026-05-03T22:00:00Z");
        List<Callable<Integer>> work = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            List<List<RunFinished>> batches = new ArrayList<>();
            for (int batch = 0; batch < 5; batch++) {
                List<RunFinished> runs = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    // 10 days from a Sunday evening: three UTC weeks, many days, a few quarters each
                    runs.add(finished(workspace, automations.get(random.nextInt(automations.size())),
                            sunday.plus(Duration.ofHours(6L * random.nextInt(40))), 20 + random.nextInt(100)));
                }
                batches.add(runs);
            }
            work.add(() -> batches.stream().mapToInt(recorder::record).sum());
        }
        int counted = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Integer> done : pool.invokeAll(work)) {
                counted += done.get();
            }
        }

        assertThat(counted).isEqualTo(400);
        for (String table : List.of("analytics_runs_15m", "analytics_runs_1h", "analytics_runs_1d")) {
            assertThat(jdbc.queryForObject("select sum(total) from " + table + " where workspace_id = ? and "
                    + "automation_id = ?", Long.class, workspace.value(), UUID.fromString(NIL))).isEqualTo(400L);
            assertThat(jdbc.queryForObject("select sum(total) from " + table + " where workspace_id = ? and "
                    + "automation_id <> ?", Long.class, workspace.value(), UUID.fromString(NIL))).isEqualTo(400L);
        }
        assertThat(jdbc.queryForObject("select count(distinct day) from analytics_runs_1d where workspace_id = ?",
                Long.class, workspace.value())).isGreaterThan(5);
        List<Map<String, Object>> hours = jdbc.queryForList("select duration_sketch from analytics_runs_1h "
                + "where workspace_id = ? and automation_id = ?", workspace.value(), UUID.fromString(NIL));
        assertThat(hours.stream().mapToLong(row -> DurationSketch.fromBytes((byte[]) row.get("duration_sketch"))
                .count()).sum()).isEqualTo(400);
        for (String table : List.of("analytics_steps_1d", "analytics_steps_7d")) {
            List<Map<String, Object>> rows = jdbc.queryForList("select total, duration_sketch from " + table
                    + " where workspace_id = ?", workspace.value());
            assertThat(rows.stream().mapToLong(row -> ((Number) row.get("total")).longValue()).sum()).isEqualTo(400);
            assertThat(rows.stream().mapToLong(row -> DurationSketch.fromBytes((byte[]) row.get("duration_sketch"))
                    .count()).sum()).isEqualTo(400);
        }
        assertThat(jdbc.queryForObject("select count(distinct week) from analytics_steps_7d where workspace_id = ?",
                Long.class, workspace.value())).isEqualTo(3);
    }

    @Test
    void aDeletedWorkspacesAnalyticsAreDropped() {
        Caller owner = newAccount("analytics-leaver");
        UUID workspace = newWorkspace(owner);
        recorder.record(finished(new WorkspaceId(workspace), UUID.randomUUID(), Instant.parse("2026-05-01T10:00:00Z"), 5));
        UUID other = UUID.randomUUID();
        recorder.record(finished(new WorkspaceId(other), UUID.randomUUID(), Instant.parse("2026-05-01T10:00:00Z"), 5));

        assertThat(owner.api().delete("/api/" + workspace).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForObject("select count(*) from "
                + "analytics_runs_15m where workspace_id = ?", Integer.class, workspace) == 0);
        assertThat(jdbc.queryForObject("select count(*) from analytics_counted_runs where workspace_id = ?",
                Integer.class, workspace)).isZero();
        for (String table : List.of("analytics_runs_1h", "analytics_runs_1d", "analytics_steps_1d",
                "analytics_steps_7d")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where workspace_id = ?",
                    Integer.class, workspace)).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from analytics_runs_15m where workspace_id = ?",
                Integer.class, other)).isEqualTo(2);
    }

    private Map<String, Object> runRow(UUID workspace, String automation) {
        return runRow("analytics_runs_15m", workspace, automation);
    }

    private Map<String, Object> runRow(String table, UUID workspace, String automation) {
        List<Map<String, Object>> rows = jdbc.queryForList("select * from " + table + " where workspace_id = ? "
                + "and automation_id = ?", workspace, UUID.fromString(automation));
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }

    static RunFinished finished(WorkspaceId workspace, UUID automation, Instant created, long durationMs) {
        return new RunFinished(workspace, new RunId(UUID.randomUUID()), new AutomationId(automation), 1,
                RunStatus.SUCCEEDED, null, created, created, created.plusMillis(durationMs), durationMs,
                List.of(new StepOutcome("call", "http.request", StepStatus.SUCCEEDED, 1, durationMs / 2)));
    }
}
