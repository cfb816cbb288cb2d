package io.skillify.run;

import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.support.Api;
import io.skillify.support.RunningServer;
import io.skillify.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two server instances on one database share 1,000 runs; every step runs exactly once. */
class TwoInstancesTest {

    private static final String KEY = "bld_" + "2".repeat(64);
    private static final int RUNS = 1000;

    @Test
    void twoInstancesShareTheWorkAndNoStepRunsTwice() throws Exception {
        TestDatabase db = TestDatabase.get();
        String url = db.freshDatabase();
        Map<String, Object> properties = Map.of("spring.datasource.url", url,
                "spring.datasource.username", db.username(), "spring.datasource.password", db.password(),
                "skillify.bootstrap-api-key", KEY, "skillify.rate-limit-per-minute", 1_000_000,
                "skillify.engine.lease", "5s");
        try (RunningServer first = RunningServer.start(properties); RunningServer second = RunningServer.start(properties)) {
            Api a = first.api(KEY);
            Api b = second.api(KEY);
            String workspace = a.post("/api/workspaces", Map.of("name", "shared")).data().get("id").asString();
            String automation = a.post("/api/" + workspace + "/automations", Map.of("name", "counted", "flow",
                    Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                    node("mark", "notify.log", Map.of("message", "executed {{input.n}}")),
                                    node("calc", "data.transform", Map.of("set", Map.of("twice", "input.n * 2")))),
                            "edges", List.of(edge("e1", "start", "mark", null), edge("e2", "mark", "calc", null)))))
                    .data().get("id").asString();
            String runs = "/api/" + workspace + "/automations/" + automation + "/runs";

            try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
                List<Future<Integer>> started = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    Api via = i % 2 == 0 ? a : b;
                    int n = i;
                    started.add(pool.submit(() -> via.post(runs, Map.of("input", Map.of("n", n))).status()));
                }
                for (Future<Integer> status : started) {
                    assertThat(status.get()).isEqualTo(202);
                }
            }

            try (Connection sql = DriverManager.getConnection(url, db.username(), db.password())) {
                await("every run ends").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                        .until(() -> count(sql, "select count(*) from runs where status in ('queued','running')") == 0);
                assertThat(count(sql, "select count(*) from runs where status = 'succeeded'")).isEqualTo(RUNS);
                assertThat(count(sql, "select count(*) from run_steps where status = 'succeeded'")).isEqualTo(3 * RUNS);
                assertThat(count(sql, "select count(*) from run_steps where attempt <> 1")).isZero();
                assertThat(count(sql, "select count(*) from run_logs where kind = 'log' and message like 'executed %'"))
                        .as("each mark step wrote its line exactly once").isEqualTo(RUNS);
                assertThat(count(sql, "select count(*) from (select run_id from run_logs where kind = 'log' "
                        + "and message like 'executed %' group by run_id having count(*) > 1) twice")).isZero();
            }
        }
    }

    private static long count(Connection sql, String query) throws Exception {
        try (ResultSet result = sql.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
