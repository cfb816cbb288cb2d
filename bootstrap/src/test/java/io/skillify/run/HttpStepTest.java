package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.skillify.support.IntegrationTest;
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

/** {@code http.request} steps against a real HTTP server on loopback. */
class HttpStepTest extends IntegrationTest {

    private HttpServer server;
    private final List<String> flakyKeys = new CopyOnWriteArrayList<>();
    private final List<String> okBodies = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopping = new CountDownLatch(1);
    private Caller member;
    private UUID workspace;

    @BeforeEach
    void serverAndWorkspace() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/flaky", exchange -> {
            flakyKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.createContext("/ok", exchange -> {
            okBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                    + " key=" + exchange.getRequestHeaders().getFirst("Idempotency-Key")
                    + " query=" + exchange.getRequestURI().getQuery());
            byte[] answer = "{\"ok\":true,\"n\":7}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.createContext("/drip", exchange -> {
            exchange.sendResponseHeaders(200, 60);
            try (var body = exchange.getResponseBody()) {
                for (int i = 0; i < 60 && !stopping.await(1, TimeUnit.SECONDS); i++) {
                    body.write('x');
                    body.flush();
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        member = newAccount("http-user");
        workspace = newWorkspace(member);
    }

    @AfterEach
    void stopServer() {
        stopping.countDown();
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private JsonNode runFlow(Map<String, Object> callData) {
        String automation = member.api().post("/api/" + workspace + "/automations", Map.of("name", "http", "flow",
                Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()), node("call", "http.request", callData)),
                        "edges", List.of(edge("e1", "start", "call", null))))).data().get("id").asString();
        String runId = member.api().post("/api/" + workspace + "/automations/" + automation + "/runs",
                Map.of("input", Map.of("id", 42))).data().get("id").asString();
        return awaitEnd(member.api(), workspace, runId, Duration.ofSeconds(20));
    }

    @Test
    void aFailingRequestIsRetriedWithBackoffThenFailsTheRunWithTheError() {
        JsonNode run = runFlow(Map.of("url", url("/flaky"), "retry", Map.of("maxAttempts", 3, "backoffMs", 200)));

        assertThat(run.get("status").asString()).isEqualTo("failed");
        JsonNode call = run.get("steps").valueStream().filter(s -> s.get("nodeId").asString().equals("call"))
                .findFirst().orElseThrow();
        assertThat(call.get("status").asString()).isEqualTo("failed");
        assertThat(call.get("attempt").asInt()).isEqualTo(3);
        assertThat(call.get("error").asString()).contains("503");
        assertThat(flakyKeys).hasSize(3).containsOnly(run.get("id").asString() + ":call");
        assertThat(Duration.between(java.time.Instant.parse(call.get("startedAt").asString()),
                java.time.Instant.parse(call.get("finishedAt").asString()))).isGreaterThanOrEqualTo(Duration.ofMillis(550));
        assertThat(member.api().get("/api/" + workspace + "/runs/" + run.get("id").asString() + "/logs").raw())
                .contains("Attempt 1 failed: HTTP 503").contains("Attempt 3 failed: HTTP 503");
    }

    @Test
    void aSuccessfulRequestOutputsStatusHeadersAndParsedBody() {
        JsonNode run = runFlow(Map.of("url", url("/ok"), "method", "POST", "query", Map.of("order", "{{input.id}}"),
                "body", Map.of("hello", "world")));

        assertThat(run.get("status").asString()).isEqualTo("succeeded");
        JsonNode output = run.get("steps").valueStream().filter(s -> s.get("nodeId").asString().equals("call"))
                .findFirst().orElseThrow().get("output");
        assertThat(output.get("status").asInt()).isEqualTo(200);
        assertThat(output.get("body").get("n").asInt()).isEqualTo(7);
        assertThat(okBodies).singleElement().asString().contains("{\"hello\":\"world\"}")
                .contains("key=" + run.get("id").asString() + ":call").contains("query=order=42");
    }

    @Test
    void aResponseBodyThatDripsFailsTheStepWhenItsTimeoutIsUpWithAReadableError() {
        JsonNode run = runFlow(Map.of("url", url("/drip"), "timeoutMs", 1500, "retry", Map.of("maxAttempts", 1)));

        assertThat(run.get("status").asString()).isEqualTo("failed");
        JsonNode call = run.get("steps").valueStream().filter(s -> s.get("nodeId").asString().equals("call"))
                .findFirst().orElseThrow();
        assertThat(call.get("status").asString()).isEqualTo("failed");
        assertThat(call.get("error").asString()).isEqualTo("timed out after 1500 ms")
                .doesNotContain("Exception");
    }
}
