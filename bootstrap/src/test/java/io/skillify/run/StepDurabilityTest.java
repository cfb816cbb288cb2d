package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import io.skillify.support.SseClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each step's start and outcome are committed before the next step starts, so a run shows its steps as they happen. */
class StepDurabilityTest extends IntegrationTest {

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private HttpServer server;
    private final List<String> echoed = new CopyOnWriteArrayList<>();
    private final CountDownLatch slowReached = new CountDownLatch(1);
    private final CountDownLatch slowRelease = new CountDownLatch(1);
    private final CountDownLatch dripStarted = new CountDownLatch(1);
    private final CountDownLatch dripAborted = new CountDownLatch(1);
    private final CountDownLatch stopping = new CountDownLatch(1);
    private Caller member;
    private UUID workspace;

    @BeforeEach
    void serverAndWorkspace() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/echo/", exchange -> {
            echoed.add(exchange.getRequestURI().getPath().substring("/echo/".length()));
            answer(exchange, "{\"ok\":true}");
        });
        server.createContext("/slow", exchange -> {
            slowReached.countDown();
            try {
                slowRelease.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            try {
                answer(exchange, "{\"slow\":true}");
            } catch (IOException gone) {
                exchange.close();
            }
        });
        server.createContext("/drip", exchange -> {
            dripStarted.countDown();
            exchange.sendResponseHeaders(200, 0);
            try (var body = exchange.getResponseBody()) {
                for (int i = 0; i < 300 && !stopping.await(100, TimeUnit.MILLISECONDS); i++) {
                    body.write('x');
                    body.flush();
                }
            } catch (IOException aborted) {
                dripAborted.countDown();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        server.createContext("/nul", exchange -> answer(exchange, "{\"text\":\"a\\u0000b\"}"));
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        member = newAccount("durable-user");
        workspace = newWorkspace(member);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @AfterEach
    void stopServer() {
        slowRelease.countDown();
        stopping.countDown();
        server.stop(0);
    }

    /**
     * Starts a run of another automation (through a delay of {@code delay} when not null) and waits for its end: an
     * event that comes after whatever the engine still had to do for runs started, woken or cancelled before it.
     */
    private void awaitWitnessRun(String delay) {
        List<Map<String, Object>> nodes = new java.util.ArrayList<>(List.of(node("start", "trigger.manual", Map.of())));
        if (delay != null) {
            nodes.add(node("wait", "flow.delay", Map.of("duration", delay)));
        }
        nodes.add(node("log", "notify.log", Map.of("message", "witness")));
        String witness = start(nodes);
        assertThat(awaitEnd(member.api(), workspace, witness, Duration.ofSeconds(20)).get("status").asString())
                .as("the witness run").isEqualTo("succeeded");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private String start(List<Map<String, Object>> nodes) {
        List<Map<String, Object>> edges = new java.util.ArrayList<>();
        for (int i = 1; i < nodes.size(); i++) {
            edges.add(edge("e" + i, (String) nodes.get(i - 1).get("id"), (String) nodes.get(i).get("id"), null));
        }
        ApiResponse created = member.api().post("/api/" + workspace + "/automations",
                Map.of("name", "durable-" + UUID.randomUUID(), "flow", Map.of("nodes", nodes, "edges", edges)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String automation = created.data().get("id").asString();
        return member.api().post("/api/" + workspace + "/automations/" + automation + "/runs", Map.of())
                .data().get("id").asString();
    }

    private List<Map<String, Object>> echoSlowEcho() {
        return List.of(node("start", "trigger.manual", Map.of()),
                node("c1", "http.request", Map.of("url", url("/echo/C1"), "method", "POST")),
                node("slow", "http.request", Map.of("url", url("/slow"), "timeoutMs", 20000)),
                node("c3", "http.request", Map.of("url", url("/echo/C3"), "method", "POST")));
    }

    private static JsonNode step(JsonNode run, String nodeId) {
        return run.get("steps").valueStream().filter(s -> s.get("nodeId").asString().equals(nodeId))
                .findFirst().orElseThrow();
    }

    private JsonNode run(String runId) {
        return member.api().get("/api/" + workspace + "/runs/" + runId).data();
    }

    @Test
    void whileASlowStepRunsTheRunShowsTheStepsBeforeItSucceededAndTheSlowOneRunning() throws Exception {
        String runId = start(echoSlowEcho());
        assertThat(slowReached.await(20, TimeUnit.SECONDS)).as("the slow step started").isTrue();

        JsonNode during = run(runId);
        assertThat(during.get("status").asString()).isEqualTo("running");
        assertThat(step(during, "c1").get("status").asString()).isEqualTo("succeeded");
        assertThat(step(during, "c1").get("attempt").asInt()).isEqualTo(1);
        assertThat(step(during, "slow").get("status").asString()).isEqualTo("running");
        assertThat(step(during, "slow").get("startedAt").isNull()).isFalse();
        assertThat(during.get("steps").valueStream().filter(s -> s.get("nodeId").asString().equals("c3"))
                .map(s -> s.get("status").asString())).allMatch("pending"::equals);
        assertThat(member.api().get("/api/" + workspace + "/runs/" + runId + "/logs").raw()).contains("Run started");

        slowRelease.countDown();
        JsonNode end = awaitEnd(member.api(), workspace, runId, Duration.ofSeconds(20));
        assertThat(end.get("status").asString()).isEqualTo("succeeded");
        assertThat(echoed).containsExactly("C1", "C3");
        JsonNode logs = member.api().get("/api/" + workspace + "/runs/" + runId + "/logs").data();
        List<String> messages = logs.valueStream().map(l -> l.get("message").asString()).toList();
        assertThat(messages.getLast()).isEqualTo("Run succeeded");
        List<SseClient.Event> events;
        try (SseClient stream = SseClient.open(baseUrl() + "/api/" + workspace + "/runs/" + runId + "/logs/stream",
                member.key(), null)) {
            events = stream.rest();
        }
        List<String> order = events.stream().map(e -> e.name() + (e.data().contains("Run succeeded") ? ":done" : "")
                + (e.name().equals("step") ? ":" + step(e) : "")).toList();
        assertThat(order.getLast()).isEqualTo("end");
        assertThat(order.get(order.size() - 2)).as("the run's end after its steps: %s", order).isEqualTo("log:done");
        assertThat(order).containsSubsequence("step:c1 running", "step:c1 succeeded", "step:slow running",
                "step:slow succeeded", "step:c3 running", "step:c3 succeeded");
    }

    private static String step(SseClient.Event event) {
        JsonNode data = JSON.readTree(event.data());
        return data.get("nodeId").asString() + " " + data.get("status").asString();
    }

    @Test
    void cancelDuringASlowStepStartsNoLaterStepAndTheRecordTellsWhatRanWhatWasInterruptedAndWhatNeverStarted()
            throws Exception {
        String runId = start(echoSlowEcho());
        assertThat(slowReached.await(20, TimeUnit.SECONDS)).as("the slow step started").isTrue();

        ApiResponse cancelled = member.api().post("/api/" + workspace + "/runs/" + runId + "/cancel", null);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        slowRelease.countDown();
        awaitWitnessRun(null);

        assertThat(echoed).containsExactly("C1");
        JsonNode after = run(runId);
        assertThat(after.get("status").asString()).isEqualTo("cancelled");
        JsonNode c1 = step(after, "c1");
        assertThat(c1.get("status").asString()).isEqualTo("succeeded");
        assertThat(c1.get("attempt").asInt()).isEqualTo(1);
        assertThat(c1.get("finishedAt").isNull()).isFalse();
        JsonNode slow = step(after, "slow");
        assertThat(slow.get("status").asString()).isEqualTo("cancelled");
        assertThat(slow.get("attempt").asInt()).isEqualTo(1);
        assertThat(slow.get("startedAt").isNull()).isFalse();
        JsonNode c3 = step(after, "c3");
        assertThat(c3.get("status").asString()).isEqualTo("cancelled");
        assertThat(c3.get("attempt").asInt()).isZero();
        assertThat(c3.get("startedAt") == null || c3.get("startedAt").isNull()).as("never started").isTrue();
    }

    @Test
    void cancelAbortsTheHttpExchangeInFlight() throws Exception {
        String runId = start(List.of(node("start", "trigger.manual", Map.of()),
                node("drip", "http.request", Map.of("url", url("/drip"), "timeoutMs", 60000)),
                node("c3", "http.request", Map.of("url", url("/echo/C3"), "method", "POST"))));
        assertThat(dripStarted.await(20, TimeUnit.SECONDS)).as("the slow exchange started").isTrue();

        ApiResponse cancelled = member.api().post("/api/" + workspace + "/runs/" + runId + "/cancel", null);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

        assertThat(dripAborted.await(15, TimeUnit.SECONDS)).as("the target saw its exchange aborted").isTrue();
        JsonNode after = run(runId);
        assertThat(step(after, "drip").get("status").asString()).isEqualTo("cancelled");
        assertThat(echoed).isEmpty();
    }

    @Test
    void aTransformProducingANulCharacterFailsItsStepOnceWithAClearErrorAndTheRunEnds() throws Exception {
        String runId = start(List.of(node("start", "trigger.manual", Map.of()),
                node("c1", "http.request", Map.of("url", url("/echo/C1"), "method", "POST")),
                node("decode", "data.transform", Map.of("set", Map.of("x", "$decodeUrlComponent('a%00b')"))),
                node("c3", "http.request", Map.of("url", url("/echo/C3"), "method", "POST"))));

        JsonNode end = awaitEnd(member.api(), workspace, runId, Duration.ofSeconds(20));

        assertThat(end.get("status").asString()).isEqualTo("failed");
        JsonNode decode = step(end, "decode");
        assertThat(decode.get("status").asString()).isEqualTo("failed");
        assertThat(decode.get("attempt").asInt()).isEqualTo(1);
        assertThat(decode.get("error").asString()).contains("NUL character").contains("cannot be stored")
                .doesNotContain("Exception");
        assertThat(end.get("error").asString()).contains("decode");
        assertThat(echoed).containsExactly("C1");
    }

    @Test
    void aResponseHoldingANulCharacterFailsItsStepWithAClearError() {
        String runId = start(List.of(node("start", "trigger.manual", Map.of()),
                node("nul", "http.request", Map.of("url", url("/nul"))),
                node("c3", "http.request", Map.of("url", url("/echo/C3"), "method", "POST"))));

        JsonNode end = awaitEnd(member.api(), workspace, runId, Duration.ofSeconds(20));

        assertThat(end.get("status").asString()).isEqualTo("failed");
        assertThat(step(end, "nul").get("error").asString()).contains("NUL character");
        assertThat(echoed).isEmpty();
    }

    @Test
    void deletingAnAutomationCancelsItsWaitingRunAndItsRunsCannotBeRetried() throws Exception {
        ApiResponse created = member.api().post("/api/" + workspace + "/automations", Map.of("name", "deleted",
                "flow", Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("wait", "flow.delay", Map.of("duration", "2s")),
                                node("c3", "http.request", Map.of("url", url("/echo/C3"), "method", "POST"))),
                        "edges", List.of(edge("e1", "start", "wait", null), edge("e2", "wait", "c3", null)))));
        String automation = created.data().get("id").asString();
        String runId = member.api().post("/api/" + workspace + "/automations/" + automation + "/runs", Map.of())
                .data().get("id").asString();
        await("the run reached its delay").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(25))
                .until(() -> step(run(runId), "wait").get("status").asString().equals("waiting"));

        ApiResponse deleted = member.api().delete("/api/" + workspace + "/automations/" + automation);
        assertThat(deleted.status()).as(deleted.toString()).isIn(200, 204);
        awaitWitnessRun("2s");

        JsonNode after = run(runId);
        assertThat(after.get("status").asString()).isEqualTo("cancelled");
        assertThat(step(after, "wait").get("status").asString()).isEqualTo("cancelled");
        assertThat(echoed).isEmpty();
        ApiResponse retried = member.api().post("/api/" + workspace + "/runs/" + runId + "/retry",
                Map.of("from", "start"));
        assertThat(retried.status()).as(retried.toString()).isEqualTo(404);
    }
}
