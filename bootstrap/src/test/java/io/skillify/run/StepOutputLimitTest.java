package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import io.skillify.support.Workers;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** A step whose output is over {@code SKILLIFY_MAX_STEP_OUTPUT} (here 1KB) or nested too deeply fails, whatever its type. */
class StepOutputLimitTest extends IntegrationTest {

    @DynamicPropertySource
    static void smallOutputs(DynamicPropertyRegistry registry) {
        registry.add("skillify.max-step-output", () -> "1KB");
    }

    private HttpServer server;
    private Caller member;
    private UUID workspace;

    @BeforeEach
    void serverAndWorkspace() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/deep", exchange -> {
            byte[] answer = ("[".repeat(100) + "]".repeat(100)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        member = newAccount("output-limits");
        workspace = newWorkspace(member);
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private JsonNode runToTheEnd(Map<String, Object> step, String type) {
        String runId = start(step, type);
        return awaitEnd(member.api(), workspace, runId, Duration.ofSeconds(20));
    }

    private String start(Map<String, Object> step, String type) {
        String automation = member.api().post("/api/" + workspace + "/automations", Map.of("name", "limits",
                "flow", Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()), node("big", type, step)),
                        "edges", List.of(edge("e1", "start", "big", null))))).data().get("id").asString();
        ApiResponse started = member.api().post("/api/" + workspace + "/automations/" + automation + "/runs",
                Map.of("input", Map.of()));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return started.data().get("id").asString();
    }

    private static JsonNode step(JsonNode run, String nodeId) {
        return run.get("steps").valueStream().filter(s -> s.get("nodeId").asString().equals(nodeId)).findFirst()
                .orElseThrow();
    }

    @Test
    void aTransformWhoseOutputIsOverTheLimitFailsItsStepNamingSizeAndLimit() {
        JsonNode run = runToTheEnd(Map.of("set", Map.of("text", "'" + "x".repeat(3000) + "'")), "data.transform");
        assertThat(run.get("status").asString()).isEqualTo("failed");
        JsonNode big = step(run, "big");
        assertThat(big.get("status").asString()).isEqualTo("failed");
        assertThat(big.get("error").asString()).matches("output of [0-9.]+ KB exceeds the 1 KB limit");
        assertThat(big.get("output").isNull()).as("nothing of it is stored").isTrue();
    }

    @Test
    void anHttpStepWhoseResponseNestsTooDeeplyFailsNamingThePlace() {
        JsonNode run = runToTheEnd(Map.of("url", "http://127.0.0.1:" + server.getAddress().getPort() + "/deep"),
                "http.request");
        JsonNode big = step(run, "big");
        assertThat(big.get("status").asString()).as(big.toString()).isEqualTo("failed");
        assertThat(big.get("error").asString())
                .isEqualTo("output at body" + "[0]".repeat(63) + " is nested deeper than 64 levels");
    }

    @Test
    void aWorkerTaskWhoseReportedOutputIsOverTheLimitFailsItsStep() throws InterruptedException {
        String runId = start(Map.of("title", "big report"), "worker.task");
        List<JsonNode> claimed = Workers.awaitClaim(member.api(), Map.of("workspaceId", workspace.toString()));
        assertThat(claimed).as("the step's task").hasSize(1);
        ApiResponse reported = member.api().patch("/api/workers/" + claimed.getFirst().get("id").asString(),
                Map.of("status", "completed", "output", Map.of("log", "y".repeat(5000))));
        assertThat(reported.status()).as("the report itself is taken: " + reported).isEqualTo(200);

        JsonNode run = awaitEnd(member.api(), workspace, runId, Duration.ofSeconds(10));
        assertThat(run.get("status").asString()).isEqualTo("failed");
        assertThat(step(run, "big").get("error").asString()).isEqualTo("output of 4.9 KB exceeds the 1 KB limit");
    }
}
