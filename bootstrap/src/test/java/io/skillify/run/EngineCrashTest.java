package io.skillify.run;

import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.Api;
import io.skillify.support.RunningServer;
import io.skillify.support.TestDatabase;
import java.io.File;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A server process killed with SIGKILL while many runs are in flight: a fresh instance on the same database takes
 * them over when their leases run out, every run finishes, and no step whose success was recorded runs again.
 */
class EngineCrashTest {

    private static final String KEY = "bld_" + "c".repeat(64);
    private static final int RUNS = 60;

    @Test
    void runsSurviveAKilledInstance() throws Exception {
        TestDatabase db = TestDatabase.get();
        String url = db.freshDatabase();
        int port = freePort();
        File output = File.createTempFile("skillify-crashed", ".log");
        Process doomed = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "io.skillify.Skillify",
                "--server.port=" + port, "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
                "--skillify.bootstrap-api-key=" + KEY, "--skillify.engine.lease=3s",
                "--skillify.rate-limit-per-minute=1000000")
                .redirectErrorStream(true).redirectOutput(output).start();
        try {
            Api api = new Api("http://127.0.0.1:" + port, KEY);
            awaitHealthy(api, doomed);
            String workspace = api.post("/api/workspaces", Map.of("name", "crash")).data().get("id").asString();
            String automation = api.post("/api/" + workspace + "/automations", Map.of("name", "durable", "flow",
                    Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                    node("hello", "notify.log", Map.of("message", "hello {{input.n}}")),
                                    node("wait", "flow.delay", Map.of("duration", "2s")),
                                    node("bye", "notify.log", Map.of("message", "bye {{input.n}}"))),
                            "edges", List.of(edge("e1", "start", "hello", null), edge("e2", "hello", "wait", null),
                                    edge("e3", "wait", "bye", null)))))
                    .data().get("id").asString();
            for (int i = 0; i < RUNS; i++) {
                assertThat(api.post("/api/" + workspace + "/automations/" + automation + "/runs",
                        Map.of("input", Map.of("n", i))).status()).isEqualTo(202);
            }
        } finally {
            doomed.destroyForcibly().waitFor();
        }

        try (Connection sql = DriverManager.getConnection(url, db.username(), db.password())) {
            assertThat(count(sql, "select count(*) from runs where status in ('queued','running')"))
                    .as("runs in flight when the instance died").isPositive();
            try (RunningServer survivor = RunningServer.start(Map.of("spring.datasource.url", url,
                    "spring.datasource.username", db.username(), "spring.datasource.password", db.password(),
                    "skillify.engine.lease", "3s"))) {
                Instant deadline = Instant.now().plusSeconds(60);
                while (count(sql, "select count(*) from runs where status in ('queued','running')") > 0) {
                    assertThat(Instant.now()).as("runs still open after the takeover").isBefore(deadline);
                    Thread.sleep(200);
                }
            }
            assertThat(count(sql, "select count(*) from runs where status = 'succeeded'")).isEqualTo(RUNS);
            assertThat(count(sql, "select count(*) from (select run_id from run_logs where kind = 'log' and "
                    + "(message like 'hello %' or message like 'bye %') group by run_id, message having count(*) > 1) "
                    + "twice")).as("no recorded step ran again").isZero();
            assertThat(count(sql, "select count(*) from run_logs where kind = 'log' and message like 'hello %'"))
                    .isEqualTo(RUNS);
            assertThat(count(sql, "select count(*) from run_logs where kind = 'log' and message like 'bye %'"))
                    .isEqualTo(RUNS);
        }
    }

    private static void awaitHealthy(Api api, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(90);
        while (true) {
            assertThat(process.isAlive()).as("the server process is running").isTrue();
            try {
                if (api.get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            assertThat(Instant.now()).as("server never became healthy").isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long count(Connection sql, String query) throws Exception {
        try (ResultSet result = sql.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
