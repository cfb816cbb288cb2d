package io.skillify.shared;

import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** JSON nested deeper than 64 levels is refused at the door of every route, with the place named, and never stored. */
class DeepJsonBodiesTest extends IntegrationTest {

    private Caller member;
    private UUID workspace;

    static Map<String, Object> node(String id, String type, Map<String, ?> data) {
        return Map.of("id", id, "type", type, "position", Map.of("x", 0, "y", 0), "data", data);
    }

    static Map<String, Object> edge(String id, String source, String target) {
        return Map.of("id", id, "source", source, "target", target);
    }

    @BeforeEach
    void aWorkspace() {
        member = newAccount("deep-sender");
        workspace = newWorkspace(member);
    }

    /** {@code levels} arrays inside each other, as JSON text. */
    private static String arrays(int levels) {
        return "[".repeat(levels) + "1" + "]".repeat(levels);
    }

    /** The path of the 65th level when {@code levels} arrays start at a value that is itself at level {@code at}. */
    private static String deepPath(String start, int at) {
        return start + "[0]".repeat(65 - at);
    }

    private static void assertRefusedAt(ApiResponse response, String path) {
        assertError(response, 400, "Request body is nested deeper than 64 levels");
        assertThat(detailPaths(response)).containsExactly(path);
        assertThat(response.json().get("details").get(0).get("message").asString())
                .isEqualTo("is nested deeper than 64 levels");
    }

    private String automation(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {
        ApiResponse created = member.api().post("/api/" + workspace + "/automations",
                Map.of("name", "deep-" + UUID.randomUUID(), "flow", Map.of("nodes", nodes, "edges", edges)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().get("id").asString();
    }

    @Test
    void aTaskWithADeepContextIsRefusedAndNotStoredWhileSixtyFourLevelsAreFine() {
        String body = "{\"workspaceId\":\"" + workspace + "\",\"title\":\"deep\",\"context\":" + arrays(100) + "}";
        assertRefusedAt(member.api().post("/api/tasks", body), deepPath("context", 2));
        assertRefusedAt(member.api().post("/api/" + workspace + "/tasks",
                "{\"title\":\"deep\",\"context\":{\"a\":" + arrays(1000) + "}}"), deepPath("context.a", 3));
        assertThat(member.api().get("/api/tasks?workspaceId=" + workspace).json().get("tasks")).isEmpty();

        ApiResponse fine = member.api().post("/api/tasks", "{\"workspaceId\":\"" + workspace
                + "\",\"title\":\"deep enough\",\"context\":{\"a\":" + arrays(62) + "}}");
        assertThat(fine.status()).as(fine.toString()).isEqualTo(201);
    }

    @Test
    void aRunInputAFlowsNodeDataAndAWebhookBodyThatNestTooDeeplyAreRefused() {
        String automation = automation(List.of(node("hook", "trigger.webhook", Map.of()),
                node("log", "notify.log", Map.of("message", "got {{input}}"))), List.of(edge("e1", "hook", "log")));
        String path = "/api/" + workspace + "/automations/" + automation;

        assertRefusedAt(member.api().post(path + "/runs", "{\"input\":" + arrays(500) + "}"), deepPath("input", 2));
        assertThat(member.api().get(path + "/runs").data()).isEmpty();

        String flow = "{\"flow\":{\"nodes\":[{\"id\":\"hook\",\"type\":\"trigger.webhook\",\"position\":{\"x\":0,\"y\":0},"
                + "\"data\":{}},{\"id\":\"log\",\"type\":\"notify.log\",\"position\":{\"x\":0,\"y\":0},"
                + "\"data\":{\"message\":\"m\",\"extra\":" + arrays(80) + "}}],\"edges\":[]}}";
        assertRefusedAt(member.api().put(path + "/flow", flow), deepPath("flow.nodes[1].data.extra", 6));
        assertThat(member.api().get(path).data().get("currentVersion").asInt()).as("no new version").isEqualTo(1);

        String token = member.api().get(path).data().get("webhook").get("token").asString();
        assertRefusedAt(anonymous().post("/api/hooks/" + automation + "/" + token, arrays(2000)), "[0]".repeat(64));
        assertRefusedAt(anonymous().post("/api/hooks/" + automation + "/" + token,
                "{\"event\":{\"payload\":" + arrays(70) + "}}"), deepPath("event.payload", 3));
        assertThat(member.api().get(path + "/runs").data()).isEmpty();
    }

    @Test
    void aWorkerReportWithADeepOutputIsRefusedAndTheWorkerCanReportAgain() {
        member.api().post("/api/tasks", Map.of("workspaceId", workspace.toString(), "title", "work"));
        String worker = member.api().post("/api/workers/claim", Map.of("workspaceId", workspace.toString()))
                .json().get("workers").get(0).get("id").asString();

        assertRefusedAt(member.api().patch("/api/workers/" + worker,
                "{\"status\":\"completed\",\"output\":{\"result\":" + arrays(300) + "}}"), deepPath("output.result", 3));
        JsonNode still = member.api().get("/api/workers/" + worker).json();
        assertThat(still.get("status").asString()).isNotEqualTo("completed");
        assertThat(still.get("output").isNull()).as(still.toString()).isTrue();

        ApiResponse done = member.api().patch("/api/workers/" + worker,
                Map.of("status", "completed", "output", Map.of("ok", true)));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
    }

    @Test
    void aDeepBodyOverTheSizeLimitIsStillA413() {
        assertError(member.api().post("/api/tasks", "{\"context\":" + "[".repeat(1_100_000) + "}"), 413);
    }
}
