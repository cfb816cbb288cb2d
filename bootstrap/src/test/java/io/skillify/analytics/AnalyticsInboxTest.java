package io.skillify.analytics;

import static io.skillify.support.Flows.chain;
import static io.skillify.support.Flows.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.analytics.application.port.in.CountWaitingRunsUseCase;
import io.skillify.analytics.application.port.in.NoteFinishedRunUseCase;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.support.IntegrationTest;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox finished runs wait in until they are counted. Every server in the test JVM counts in the background, as
 * instances of one deployment do, so the tests state what holds whoever counts: each run once, nothing lost.
 */
class AnalyticsInboxTest extends IntegrationTest {

    private static final Duration SOON = Duration.ofSeconds(5);

    @Autowired
    NoteFinishedRunUseCase inbox;

    @Autowired
    CountWaitingRunsUseCase counting;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRunIsNotedInTheTransactionNotingIt_andOnlyIfThatTransactionCommits() {
        Workspace workspace = workspace("inbox-noted");
        UUID committed = workspace.finishedRun("2026-05-04T10:00:00Z", RunStatus.SUCCEEDED);
        UUID rolledBack = workspace.finishedRun("2026-05-04T10:15:00Z", RunStatus.SUCCEEDED);

        transactions.executeWithoutResult(status -> {
            inbox.note(workspace.event(rolledBack));
            assertThat(waiting(workspace)).as("seen by the transaction that noted it").containsExactly(rolledBack);
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> inbox.note(workspace.event(committed)));
        transactions.executeWithoutResult(status -> inbox.note(workspace.event(committed)));

        await().atMost(SOON).until(() -> total(workspace) == 1);
        assertThat(waiting(workspace)).isEmpty();
        assertThat(counted(List.of(committed, rolledBack))).isEqualTo(1);
    }

    @Test
    void aCountingThatFailsLeavesItsRunsWaiting_theyAreCountedOnceItWorksAgain() {
        Workspace workspace = workspace("inbox-failing");
        UUID run = workspace.finishedRun("2026-05-04T10:00:00Z", RunStatus.FAILED);
        jdbc.execute("create function fail_counting() returns trigger language plpgsql as $$ begin "
                + "if new.run_id = '" + run + "' then raise exception 'counting broke'; end if; return new; end $$");
        jdbc.execute("create trigger fail_counting before insert on analytics_counted_runs for each row "
                + "execute function fail_counting()");
        try {
            note(workspace, run);

            // whoever tries first (this test or a server counting in the background) fails the same way
            await().atMost(SOON).until(() -> {
                try {
                    countAll();
                    return false;
                } catch (RuntimeException broke) {
                    assertThat(broke).hasStackTraceContaining("counting broke");
                    return true;
                }
            });
            assertThat(waiting(workspace)).containsExactly(run);
            assertThat(total(workspace)).isZero();
        } finally {
            jdbc.execute("drop trigger fail_counting on analytics_counted_runs");
            jdbc.execute("drop function fail_counting()");
        }

        await().atMost(SOON).until(() -> total(workspace) == 1);
        assertThat(waiting(workspace)).isEmpty();
        assertThat(jdbc.queryForObject("select failed from analytics_runs_1d where workspace_id = ? "
                + "and automation_id = ?", Integer.class, workspace.id(), workspace.automation())).isEqualTo(1);
    }

    @Test
    void eightCountersAtOnceCountEveryRunOnceAndNeverDeadlock() throws Exception {
        Workspace one = workspace("inbox-eight-a");
        Workspace other = workspace("inbox-eight-b");
        List<UUID> runs = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Workspace of = i % 3 == 0 ? other : one;
            UUID run = of.finishedRun(Instant.parse("2026-05-04T10:00:00Z").plusSeconds(97L * i).toString(),
                    i % 10 == 0 ? RunStatus.FAILED : RunStatus.SUCCEEDED);
            runs.add(run);
        }
        transactions.executeWithoutResult(status -> runs.forEach(run ->
                inbox.note((runs.indexOf(run) % 3 == 0 ? other : one).event(run))));

        List<Callable<Integer>> counters = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            counters.add(() -> {
                int taken = 0;
                int now;
                do {
                    now = counting.countWaiting();
                    taken += now;
                } while (now > 0);
                return taken;
            });
        }
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (Future<Integer> done : threads.invokeAll(counters)) {
                done.get();
            }
        }

        await().atMost(SOON).until(() -> total(one) + total(other) == 600);
        assertThat(total(other)).isEqualTo(200);
        assertThat(waiting(one)).isEmpty();
        assertThat(counted(runs)).isEqualTo(600);
        assertThat(jdbc.queryForObject("select sum(total) from analytics_runs_1h where workspace_id = ? "
                + "and automation_id <> ?", Long.class, one.id(), new UUID(0, 0))).isEqualTo(400L);
    }

    @Test
    void aRunDeletedBeforeItWasCountedLeavesTheInboxAndCountsNothing() {
        Workspace workspace = workspace("inbox-deleted");
        UUID run = workspace.finishedRun("2026-05-04T10:00:00Z", RunStatus.SUCCEEDED);
        jdbc.update("delete from runs where id = ?", run);
        note(workspace, run);

        await().atMost(SOON).until(() -> waiting(workspace).isEmpty());
        assertThat(total(workspace)).isZero();
        assertThat(counted(List.of(run))).isZero();
    }

    @Test
    void aNoteForARunThatHasNotFinishedIsDroppedUncounted() {
        Workspace workspace = workspace("inbox-running");
        UUID run = workspace.finishedRun("2026-05-04T10:00:00Z", RunStatus.SUCCEEDED);
        // still running, on another instance's lease (so no engine here picks it up)
        jdbc.update("update runs set status = 'running', finished_at = null, lease_owner = 'elsewhere', "
                + "lease_until = now() + interval '1 hour' where id = ?", run);
        note(workspace, run);

        await().atMost(SOON).until(() -> waiting(workspace).isEmpty());
        assertThat(total(workspace)).isZero();
    }

    private int counted(List<UUID> runs) {
        return jdbc.queryForObject("select count(*) from analytics_counted_runs where run_id = any(?)", Integer.class,
                (Object) runs.toArray(UUID[]::new));
    }

    private void note(Workspace workspace, UUID run) {
        transactions.executeWithoutResult(status -> inbox.note(workspace.event(run)));
    }

    private void countAll() {
        while (counting.countWaiting() > 0) {
            // until the inbox is empty
        }
    }

    private List<UUID> waiting(Workspace workspace) {
        return jdbc.queryForList("select run_id from analytics_inbox where workspace_id = ? order by run_id",
                UUID.class, workspace.id());
    }

    private int total(Workspace workspace) {
        return jdbc.queryForObject("select coalesce(sum(total), 0) from analytics_runs_15m where workspace_id = ? "
                + "and automation_id <> ?", Integer.class, workspace.id(), new UUID(0, 0));
    }

    private Workspace workspace(String name) {
        Caller owner = newAccount(name);
        UUID workspace = newWorkspace(owner);
        UUID automation = UUID.fromString(owner.api().post("/api/" + workspace + "/automations", Map.of("name", name,
                "flow", chain(node("start", "trigger.manual", Map.of())))).data().get("id").asString());
        return new Workspace(workspace, automation, jdbc);
    }

    /** A workspace with one automation, and finished runs written straight into the run tables. */
    private record Workspace(UUID id, UUID automation, JdbcTemplate jdbc) {

        UUID finishedRun(String createdAt, RunStatus status) {
            UUID run = UUID.randomUUID();
            Instant created = Instant.parse(createdAt);
            jdbc.update("insert into runs (workspace_id, id, automation_id, version, status, trigger, input, created_at, "
                            + "started_at, finished_at, due_at) values (?, ?, ?, 1, ?, 'manual', '{}', ?, ?, ?, ?)",
                    id, run, automation, status.name().toLowerCase(java.util.Locale.ROOT),
                    java.sql.Timestamp.from(created), java.sql.Timestamp.from(created),
                    java.sql.Timestamp.from(created.plusMillis(40)), java.sql.Timestamp.from(created));
            jdbc.update("insert into run_steps (workspace_id, run_id, node_id, type, status, attempt, started_at, "
                            + "finished_at) values (?, ?, 'start', 'trigger.manual', 'succeeded', 1, ?, ?)",
                    id, run, java.sql.Timestamp.from(created), java.sql.Timestamp.from(created.plusMillis(1)));
            return run;
        }

        /** The event the run's end published (the inbox keeps only its ids). */
        RunFinished event(UUID run) {
            Instant at = Instant.parse("2026-05-04T10:00:00Z");
            return new RunFinished(new WorkspaceId(id), new RunId(run), new AutomationId(automation), 1,
                    RunStatus.SUCCEEDED, null, at, at, at, 0, List.of());
        }
    }
}
