package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code http.request} used as an n8n user would (issue 18 point 5), against a real HTTP server on loopback. */
class HttpRequestAsUsersExpectTest extends IntegrationTest {

    private HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger busyCalls = new AtomicInteger();
    private final CountDownLatch releaseSlowCalls = new CountDownLatch(1);
    private Caller member;
    private UUID workspace;

    @BeforeEach
    void serverAndWorkspace() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/echo", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery())
                    + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            answer(exchange, 200, "application/json", "{\"ok\":true}");
        });
        server.createContext("/missing", exchange -> {
            exchange.getResponseHeaders().add("X-Trace", "t-404");
            answer(exchange, 404, "application/json", "{\"error\":\"no such user\"}");
        });
        server.createContext("/busy", exchange -> {
            if (busyCalls.incrementAndGet() == 1) {
                exchange.getResponseHeaders().add("Retry-After", "1");
                answer(exchange, 429, "text/plain", "slow down");
            } else {
                answer(exchange, 200, "text/plain", "done");
            }
        });
        server.createContext("/closed", exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "3600");
            answer(exchange, 503, "text/plain", "closed for the day");
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", url("/echo/moved"));
            answer(exchange, 302, "text/plain", "");
        });
        server.createContext("/huge", exchange -> {
            answer(exchange, 200, "application/json", "[" + "\"x\",".repeat(700_000) + "\"x\"]");
        });
        server.createContext("/slow", exchange -> {
            try {
                releaseSlowCalls.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "text/plain", "late");
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        member = newAccount("http-n8n-user");
        workspace = newWorkspace(member);
    }

    @AfterEach
    void stopServer() {
        releaseSlowCalls.countDown();
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private String automation(Caller caller, UUID inWorkspace, Map<String, Object> callData) {
        ApiResponse created = caller.api().post("/api/" + inWorkspace + "/automations", Map.of("name", "http", "flow",
                Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()), node("call", "http.request", callData)),
                        "edges", List.of(edge("e1", "start", "call", null)))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().get("id").asString();
    }

    private String start(Caller caller, UUID inWorkspace, String automation, Map<String, Object> input) {
        return caller.api().post("/api/" + inWorkspace + "/automations/" + automation + "/runs",
                Map.of("input", input)).data().get("id").asString();
    }

    private JsonNode runFlow(Map<String, Object> callData) {
        String runId = start(member, workspace, automation(member, workspace, callData),
                Map.of("count", 5, "name", "O\"Brien", "path", "a b/c"));
        return awaitEnd(member.api(), workspace, runId, Duration.ofSeconds(30));
    }

    private static JsonNode call(JsonNode run) {
        return run.get("steps").valueStream().filter(s -> s.get("nodeId").asString().equals("call"))
                .findFirst().orElseThrow();
    }

    @Test
    void templatesInTheUrlAreSavedAndFilledInEncodedAndJsonBodiesKeepTypesAndEscapes() {
        JsonNode run = runFlow(Map.of("url", "{{'" + url("") + "'}}/echo/{{input.path}}", "method", "POST",
                "query", Map.of("who", "{{input.name}}"),
                "body", Map.of("count", "{{input.count}}", "deep", List.of(Map.of("name", "{{input.name}}")))));

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("succeeded");
        assertThat(received).singleElement().asString()
                .startsWith("POST /echo/a%20b%2Fc?who=O%22Brien {")
                .contains("\"count\":5").contains("\"deep\":[{\"name\":\"O\\\"Brien\"}]");
    }

    @Test
    void aJsonTextBodyEscapesValuesSoTheJsonHolds() {
        JsonNode run = runFlow(Map.of("url", url("/echo/text"), "method", "POST",
                "body", "{\"name\": \"{{input.name}}\", \"count\": {{input.count}}}"));

        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("succeeded");
        assertThat(received).singleElement().asString()
                .isEqualTo("POST /echo/text {\"name\": \"O\\\"Brien\", \"count\": 5}");
    }

    @Test
    void aFailedResponseKeepsItsStatusHeadersAndBodyInTheStep() {
        JsonNode run = runFlow(Map.of("url", url("/missing")));

        assertThat(run.get("status").asString()).isEqualTo("failed");
        JsonNode call = call(run);
        assertThat(call.get("error").asString()).isEqualTo("HTTP 404");
        assertThat(call.get("output").get("status").asInt()).isEqualTo(404);
        assertThat(call.get("output").get("headers").get("X-trace").asString()).isEqualTo("t-404");
        assertThat(call.get("output").get("body").get("error").asString()).isEqualTo("no such user");
    }

    @Test
    void retryAfterIsHonouredWithinTheStepsLimitsAndALongerOneFailsTheStepSayingWhy() {
        JsonNode patient = runFlow(Map.of("url", url("/busy"), "retry", Map.of("maxAttempts", 2, "backoffMs", 10)));

        assertThat(patient.get("status").asString()).as(patient.toString()).isEqualTo("succeeded");
        assertThat(busyCalls).hasValue(2);
        assertThat(Duration.between(java.time.Instant.parse(call(patient).get("startedAt").asString()),
                java.time.Instant.parse(call(patient).get("finishedAt").asString())))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));

        JsonNode closed = runFlow(Map.of("url", url("/closed"), "retry", Map.of("maxAttempts", 3)));

        assertThat(closed.get("status").asString()).isEqualTo("failed");
        assertThat(call(closed).get("attempt").asInt()).isEqualTo(1);
        assertThat(call(closed).get("error").asString()).startsWith("HTTP 503").contains("retry after 3600 s");
    }

    @Test
    void aGetFollowsARedirectAndAPostNamesWhereItWasSent() {
        JsonNode followed = runFlow(Map.of("url", url("/moved")));
        assertThat(followed.get("status").asString()).as(followed.toString()).isEqualTo("succeeded");
        assertThat(received).singleElement().asString().startsWith("GET /echo/moved");

        JsonNode posted = runFlow(Map.of("url", url("/moved"), "method", "POST", "body", Map.of()));
        assertThat(posted.get("status").asString()).isEqualTo("failed");
        assertThat(call(posted).get("error").asString())
                .isEqualTo("HTTP 302 redirect to " + url("/echo/moved") + " was not followed (only GET and HEAD follow redirects)");
    }

    @Test
    void aBodyOverTheSizeLimitFailsTheStepClearlyInsteadOfACutString() {
        JsonNode run = runFlow(Map.of("url", url("/huge")));

        assertThat(run.get("status").asString()).isEqualTo("failed");
        assertThat(call(run).get("error").asString()).contains("larger than the response size limit");
    }

    @Test
    void slowCallsOfOneWorkspaceDoNotHoldBackAnotherWorkspacesRun() {
        String slow = automation(member, workspace, Map.of("url", url("/slow"), "timeoutMs", 120_000));
        List<String> slowRuns = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            slowRuns.add(start(member, workspace, slow, Map.of()));
        }
        Caller neighbour = newAccount("http-neighbour");
        UUID otherWorkspace = newWorkspace(neighbour);
        String quick = automation(neighbour, otherWorkspace, Map.of("url", url("/echo/neighbour")));

        JsonNode run = awaitEnd(neighbour.api(), otherWorkspace, start(neighbour, otherWorkspace, quick, Map.of()),
                Duration.ofSeconds(30));

        assertThat(run.get("status").asString()).isEqualTo("succeeded");
        assertThat(member.api().get("/api/" + workspace + "/runs/" + slowRuns.getLast()).data().get("status").asString())
                .as("the slow calls are still under way").isIn("queued", "running");
        releaseSlowCalls.countDown();
        for (String slowRun : slowRuns) {
            awaitEnd(member.api(), workspace, slowRun, Duration.ofSeconds(60));
        }
    }
}
