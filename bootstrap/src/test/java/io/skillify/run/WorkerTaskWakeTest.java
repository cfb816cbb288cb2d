package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import io.skillify.support.Workers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A worker that finishes its task at once (while the engine is still busy with the run that made it) must not leave
 * the run waiting for a periodic recheck: the run goes on right away, not tens of seconds later.
 */
class WorkerTaskWakeTest extends IntegrationTest {

    /** Well under the 30 s recheck a missed wake-up used to wait for, and well over the poll interval. */
    private static final Duration PROMPTLY = Duration.ofSeconds(5);

    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer server;

    @BeforeEach
    void holdingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hold", exchange -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void aTaskFinishedWhileTheRunIsStillBeingAdvancedResumesTheRunPromptly() throws Exception {
        Caller owner = newAccount("quick-worker");
        UUID workspace = newWorkspace(owner);
        String hold = "http://127.0.0.1:" + server.getAddress().getPort() + "/hold";
        String automation = owner.api().post("/api/" + workspace + "/automations", Map.of("name", "quick", "flow",
                Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("review", "worker.task", Map.of("title", "Quick review",
                                        "requiredCapabilities", List.of("quick"))),
                                node("busy", "http.request", Map.of("url", hold, "timeoutMs", 20_000))),
                        "edges", List.of(edge("e1", "start", "review", null), edge("e2", "start", "busy", null)))))
                .data().get("id").asString();
        String runId = owner.api().post("/api/" + workspace + "/automations/" + automation + "/runs",
                Map.of("input", Map.of())).data().get("id").asString();

        String worker = claimWhenCreated(owner);
        ApiResponse done = owner.api().patch("/api/workers/" + worker,
                Map.of("status", "completed", "output", Map.of("verdict", "fine")));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        release.countDown();

        JsonNode run = awaitEnd(owner.api(), workspace, runId, PROMPTLY);
        assertThat(run.get("status").asString()).isEqualTo("succeeded");
    }

    @Test
    void retryIsNotAWorkerTaskSettingSinceAFailedTaskIsTheWorkersVerdict() {
        Caller owner = newAccount("retry-author");
        UUID workspace = newWorkspace(owner);
        ApiResponse refused = owner.api().post("/api/" + workspace + "/automations", Map.of("name", "retrying",
                "flow", Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("review", "worker.task", Map.of("title", "Review",
                                        "retry", Map.of("maxAttempts", 3), "timeoutMs", 60_000))),
                        "edges", List.of(edge("e1", "start", "review", null)))));
        assertError(refused, 400);
        assertThat(detailPaths(refused)).containsExactly("nodes[1].data.retry");

        JsonNode schema = owner.api().get("/api/node-types").json();
        JsonNode workerTask = (schema.has("data") ? schema.get("data") : schema).valueStream()
                .filter(type -> "worker.task".equals(type.path("type").asString(""))).findFirst().orElseThrow();
        JsonNode settings = workerTask.get("dataSchema").get("properties");
        assertThat(settings.has("timeoutMs")).isTrue();
        assertThat(settings.has("retry")).as("retry offered in the data schema").isFalse();
    }

    private static String claimWhenCreated(Caller owner) throws InterruptedException {
        return Workers.awaitClaim(owner.api(), Map.of("capabilities", List.of("quick"))).getFirst().get("id")
                .asString();
    }
}
