package io.skillify.analytics;

import static io.skillify.support.Flows.chain;
import static io.skillify.support.Flows.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.analytics.application.port.in.BackfillAnalyticsUseCase;
import io.skillify.analytics.application.port.in.BackfillAnalyticsUseCase.Progress;
import io.skillify.support.IntegrationTest;
import io.skillify.support.Runs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The backfill rebuilds from run history exactly the rows live counting kept, and resumes without counting twice. */
class AnalyticsBackfillTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BackfillAnalyticsUseCase backfill;

    @Test
    void aBackfillRebuildsTheRowsLiveCountingKeptAndAnInterruptedOneResumesWithoutCountingTwice() {
        Caller owner = newAccount("backfill-owner");
        UUID workspace = newWorkspace(owner);
        String logs = automation(owner, workspace, "logs", node("log", "notify.log", Map.of("message", "hi")));
        String calls = automation(owner, workspace, "calls", node("call", "http.request",
                Map.of("url", "http://127.0.0.1:1/down")));
        List<String> runs = List.of(Runs.start(owner.api(), workspace, logs, null),
                Runs.start(owner.api(), workspace, logs, null), Runs.start(owner.api(), workspace, logs, null),
                Runs.start(owner.api(), workspace, calls, null));
        runs.forEach(run -> Runs.awaitEnd(owner.api(), workspace, run, Duration.ofSeconds(20)));
        await().atMost(Duration.ofSeconds(5)).until(() -> counted(workspace) == 4);
        await().atMost(Duration.ofSeconds(5)).until(() -> automations(workspace).size() == 2);
        List<Map<String, Object>> runRows = runRows(workspace);
        List<Map<String, Object>> stepRows = stepRows(workspace);
        List<Map<String, Object>> names = automations(workspace);
        assertThat(runRows).isNotEmpty().anySatisfy(row -> assertThat(row.get("failed")).isEqualTo(1));
        assertThat(stepRows).extracting(row -> row.get("node_id")).contains("log", "call", "start");

        forgetAnalytics(workspace);
        Progress whole = backfill.backfill(500);

        assertThat(whole.done()).isTrue();
        assertThat(whole.runsCounted()).isGreaterThanOrEqualTo(4);
        assertThat(runRows(workspace)).isEqualTo(runRows);
        assertThat(stepRows(workspace)).isEqualTo(stepRows);
        assertThat(automations(workspace)).isEqualTo(names);
        assertThat(backfill.backfill(500).runsCounted()).as("a finished backfill run again counts nothing").isZero();

        forgetAnalytics(workspace);
        Progress first = backfill.backfill(1, 2);
        assertThat(first.done()).isFalse();
        assertThat(first.runsRead()).isEqualTo(2);
        Progress rest = backfill.backfill(1);
        assertThat(rest.done()).isTrue();
        jdbc.update("delete from analytics_backfill where name = 'runs'");
        backfill.backfill(2);

        assertThat(counted(workspace)).isEqualTo(4);
        assertThat(runRows(workspace)).isEqualTo(runRows);
        assertThat(stepRows(workspace)).isEqualTo(stepRows);
    }

    private String automation(Caller owner, UUID workspace, String name, Map<String, Object> step) {
        return owner.api().post("/api/" + workspace + "/automations", Map.of("name", name,
                "flow", chain(node("start", "trigger.manual", Map.of()), step))).data().get("id").asString();
    }

    private void forgetAnalytics(UUID workspace) {
        for (String table : List.of("analytics_runs_15m", "analytics_runs_1h", "analytics_runs_1d",
                "analytics_steps_1d", "analytics_steps_7d", "analytics_counted_runs", "analytics_automations")) {
            jdbc.update("delete from " + table + " where workspace_id = ?", workspace);
        }
        jdbc.update("delete from analytics_backfill where name = 'runs'");
    }

    private int counted(UUID workspace) {
        return jdbc.queryForObject("select count(*) from analytics_counted_runs where workspace_id = ?", Integer.class,
                workspace);
    }

    private List<Map<String, Object>> runRows(UUID workspace) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>(jdbc.queryForList("select automation_id, "
                + "bucket_start, total, succeeded, failed, cancelled, duration_count, duration_sum_ms, "
                + "encode(duration_sketch, 'hex') as sketch from analytics_runs_15m "
                + "where workspace_id = ? order by automation_id, bucket_start", workspace));
        rows.addAll(jdbc.queryForList("select automation_id, bucket_start, total, succeeded, failed, cancelled, "
                + "duration_count, duration_sum_ms, encode(duration_sketch, 'hex') as sketch from analytics_runs_1h "
                + "where workspace_id = ? order by automation_id, bucket_start", workspace));
        rows.addAll(jdbc.queryForList("select automation_id, day, total, succeeded, failed, cancelled "
                + "from analytics_runs_1d where workspace_id = ? order by automation_id, day", workspace));
        return rows;
    }

    private List<Map<String, Object>> stepRows(UUID workspace) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (String table : List.of("analytics_steps_1d.day", "analytics_steps_7d.week")) {
            String[] name = table.split("\\.");
            rows.addAll(jdbc.queryForList("select automation_id, node_id, " + name[1] + ", node_type, total, failed, "
                    + "duration_count, duration_sum_ms, encode(duration_sketch, 'hex') as sketch from " + name[0]
                    + " where workspace_id = ? order by automation_id, node_id, " + name[1], workspace));
        }
        return rows;
    }

    private List<Map<String, Object>> automations(UUID workspace) {
        return jdbc.queryForList("select automation_id, name, deleted_at from analytics_automations "
                + "where workspace_id = ? order by automation_id", workspace);
    }
}
