package io.skillify.run;

import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.skillify.support.Api;
import io.skillify.support.RunningServer;
import io.skillify.support.TestDatabase;
import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
                await("every run ends after the takeover").atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> count(sql, "select count(*) from runs where status in ('queued','running')") == 0);
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

    /**
     * A side-effecting step before a slow one, the instance killed during the slow one: after the takeover the
     * earlier request is not sent again, the slow one is sent again with the same idempotency key, and the run ends.
     */
    @Test
    void aSucceededStepIsNotSentAgainAfterAKillDuringTheNextStep() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        CountDownLatch slowReached = new CountDownLatch(1);
        CountDownLatch killed = new CountDownLatch(1);
        HttpServer target = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        target.createContext("/", exchange -> {
            received.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            if (exchange.getRequestURI().getPath().equals("/slow")) {
                slowReached.countDown();
                try {
                    killed.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }
            try {
                byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (java.io.IOException gone) {
                // the caller died meanwhile
            }
            exchange.close();
        });
        target.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        target.start();
        String base = "http://127.0.0.1:" + target.getAddress().getPort();
        TestDatabase db = TestDatabase.get();
        String url = db.freshDatabase();
        int port = freePort();
        File output = File.createTempFile("skillify-crashed-step", ".log");
        Process doomed = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "io.skillify.Skillify",
                "--server.port=" + port, "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
                "--skillify.bootstrap-api-key=" + KEY, "--skillify.engine.lease=3s",
                "--skillify.http.allow-private-networks=true", "--skillify.rate-limit-per-minute=1000000")
                .redirectErrorStream(true).redirectOutput(output).start();
        String runId;
        try {
            Api api = new Api("http://127.0.0.1:" + port, KEY);
            awaitHealthy(api, doomed);
            String workspace = api.post("/api/workspaces", Map.of("name", "crash")).data().get("id").asString();
            String automation = api.post("/api/" + workspace + "/automations", Map.of("name", "side effects",
                    "flow", Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                    node("c1", "http.request", Map.of("url", base + "/echo/C1", "method", "POST")),
                                    node("slow", "http.request", Map.of("url", base + "/slow", "timeoutMs", 60000)),
                                    node("c3", "http.request", Map.of("url", base + "/echo/C3", "method", "POST"))),
                            "edges", List.of(edge("e1", "start", "c1", null), edge("e2", "c1", "slow", null),
                                    edge("e3", "slow", "c3", null)))))
                    .data().get("id").asString();
            runId = api.post("/api/" + workspace + "/automations/" + automation + "/runs", Map.of())
                    .data().get("id").asString();
            assertThat(slowReached.await(60, TimeUnit.SECONDS)).as("the slow step started").isTrue();
        } finally {
            doomed.destroyForcibly().waitFor();
            killed.countDown();
        }

        try (Connection sql = DriverManager.getConnection(url, db.username(), db.password());
             RunningServer survivor = RunningServer.start(Map.of("spring.datasource.url", url,
                     "spring.datasource.username", db.username(), "spring.datasource.password", db.password(),
                     "skillify.engine.lease", "3s", "skillify.http.allow-private-networks", "true"))) {
            await("the run ends after the takeover").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> count(sql, "select count(*) from runs where status in ('queued','running')") == 0);
            assertThat(count(sql, "select count(*) from runs where status = 'succeeded'")).isEqualTo(1);
        } finally {
            target.stop(0);
        }
        assertThat(received.stream().filter(line -> line.startsWith("/echo/C1")))
                .as("the request of the step that succeeded before the kill").hasSize(1);
        assertThat(received.stream().filter(line -> line.startsWith("/echo/C3"))).hasSize(1);
        assertThat(received.stream().filter(line -> line.startsWith("/slow")))
                .as("the step in flight is sent again with the same key").hasSize(2)
                .allMatch(line -> line.endsWith(runId + ":slow"));
    }

    private static void awaitHealthy(Api api, Process process) throws InterruptedException {
        await("the server becomes healthy").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    assertThat(process.isAlive()).as("the server process is running").isTrue();
                    try {
                        return api.get("/actuator/health").status() == 200;
                    } catch (RuntimeException notYet) {
                        return false;
                    }
                });
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
