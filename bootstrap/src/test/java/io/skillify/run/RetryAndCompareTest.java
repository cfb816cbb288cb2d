package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RetryAndCompareTest extends IntegrationTest {

    private Caller member;
    private UUID workspace;

    @BeforeEach
    void aWorkspace() {
        member = newAccount("retrier");
        workspace = newWorkspace(member);
    }

    private static Map<String, Object> flow(String failingExpression) {
        return Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                        node("calc", "data.transform", Map.of("set", Map.of("x", "input.x * 2"))),
                        node("boom", "data.transform", Map.of("set", Map.of("y", failingExpression)))),
                "edges", List.of(edge("e1", "start", "calc", null), edge("e2", "calc", "boom", null)));
    }

    private String automation(Map<String, Object> flow) {
        return member.api().post("/api/" + workspace + "/automations", Map.of("name", "r-" + UUID.randomUUID(),
                "flow", flow)).data().get("id").asString();
    }

    private JsonNode run(String automation, int x) {
        String id = member.api().post("/api/" + workspace + "/automations/" + automation + "/runs",
                Map.of("input", Map.of("x", x))).data().get("id").asString();
        return awaitEnd(member.api(), workspace, id, Duration.ofSeconds(10));
    }

    private static JsonNode step(JsonNode run, String nodeId) {
        return run.get("steps").valueStream().filter(s -> s.get("nodeId").asString().equals(nodeId)).findFirst()
                .orElseThrow();
    }

    private JsonNode retry(JsonNode run, String from) {
        ApiResponse retried = member.api().post("/api/" + workspace + "/runs/" + run.get("id").asString() + "/retry",
                Map.of("from", from));
        assertThat(retried.status()).as(retried.toString()).isEqualTo(202);
        assertThat(retried.data().get("retryOf").asString()).isEqualTo(run.get("id").asString());
        return awaitEnd(member.api(), workspace, retried.data().get("id").asString(), Duration.ofSeconds(10));
    }

    @Test
    void retryingFromTheFailedStepReusesEarlierOutputsAndRunsTheFailedStepAgain() {
        JsonNode failed = run(automation(flow("$nope()")), 3);
        assertThat(failed.get("status").asString()).isEqualTo("failed");

        JsonNode retried = retry(failed, "failed");
        assertThat(retried.get("trigger").asString()).isEqualTo("retry");
        assertThat(retried.get("version").asInt()).isEqualTo(failed.get("version").asInt());
        assertThat(step(retried, "calc").get("output")).isEqualTo(step(failed, "calc").get("output"));
        assertThat(step(retried, "calc").get("startedAt").asString())
                .as("calc was reused, not run again").isEqualTo(step(failed, "calc").get("startedAt").asString());
        assertThat(step(retried, "boom").get("status").asString()).isEqualTo("failed");
        assertThat(step(retried, "boom").get("startedAt").asString())
                .isNotEqualTo(step(failed, "boom").get("startedAt").asString());
    }

    @Test
    void retryingFromStartRunsEverythingAgain() {
        JsonNode first = run(automation(flow("1")), 3);
        assertThat(first.get("status").asString()).isEqualTo("succeeded");
        JsonNode again = retry(first, "start");
        assertThat(again.get("status").asString()).isEqualTo("succeeded");
        assertThat(step(again, "calc").get("startedAt").asString())
                .isNotEqualTo(step(first, "calc").get("startedAt").asString());
        assertError(member.api().post("/api/" + workspace + "/runs/" + first.get("id").asString() + "/retry",
                Map.of("from", "failed")), 409);
        assertThat(detailPaths(assertError(member.api().post("/api/" + workspace + "/runs/"
                + first.get("id").asString() + "/retry", Map.of("from", "middle")), 400))).containsExactly("from");
    }

    @Test
    void compareShowsStatusDurationAndOutputDifferencesAndVersionChange() {
        String automation = automation(flow("1"));
        JsonNode base = run(automation, 3);
        JsonNode head = run(automation, 10);

        ApiResponse compared = member.api().get("/api/" + workspace + "/runs/compare?base="
                + base.get("id").asString() + "&head=" + head.get("id").asString());
        assertThat(compared.status()).as(compared.toString()).isEqualTo(200);
        JsonNode data = compared.data();
        assertThat(data.get("base").get("id").asString()).isEqualTo(base.get("id").asString());
        assertThat(data.get("head").get("status").asString()).isEqualTo("succeeded");
        assertThat(data.get("versionChanged").asBoolean()).isFalse();
        assertThat(data.has("durationDeltaMs")).isTrue();
        JsonNode calc = data.get("steps").valueStream().filter(s -> s.get("nodeId").asString().equals("calc"))
                .findFirst().orElseThrow();
        assertThat(calc.get("statusChanged").asBoolean()).isFalse();
        assertThat(calc.get("base").get("status").asString()).isEqualTo("succeeded");
        assertThat(calc.get("outputDiff").toString()).isEqualTo("[{\"op\":\"replace\",\"path\":\"/x\",\"value\":20}]");

        member.api().put("/api/" + workspace + "/automations/" + automation + "/flow", Map.of("flow", flow("$nope()")));
        JsonNode failed = run(automation, 3);
        JsonNode versus = member.api().get("/api/" + workspace + "/runs/compare?base=" + base.get("id").asString()
                + "&head=" + failed.get("id").asString()).data();
        assertThat(versus.get("versionChanged").asBoolean()).isTrue();
        JsonNode boom = versus.get("steps").valueStream().filter(s -> s.get("nodeId").asString().equals("boom"))
                .findFirst().orElseThrow();
        assertThat(boom.get("statusChanged").asBoolean()).isTrue();
        assertThat(boom.get("head").get("status").asString()).isEqualTo("failed");
        assertThat(boom.get("outputDiff").toString()).contains("\"op\":\"replace\"");
    }

    @Test
    void comparingNeedsBothRunsInThisWorkspace() {
        String runId = run(automation(flow("1")), 1).get("id").asString();
        assertError(member.api().get("/api/" + workspace + "/runs/compare?base=" + runId + "&head="
                + UUID.randomUUID()), 404, "Run not found");
        assertThat(detailPaths(assertError(member.api().get("/api/" + workspace + "/runs/compare?base=" + runId),
                400))).containsExactly("head");
    }
}
