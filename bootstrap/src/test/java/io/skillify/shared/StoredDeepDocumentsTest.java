package io.skillify.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import io.skillify.support.Runs;
import io.skillify.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Documents stored before the depth limit (PostgreSQL's jsonb takes far deeper ones) are served with the part too deep
 * replaced by a marker, never as a 500; a run whose input cannot be read back fails once, with a clear error.
 */
class StoredDeepDocumentsTest extends IntegrationTest {

    private static final String THOUSAND_LEVELS = "[".repeat(1000) + "]".repeat(1000);
    private static final String MARKER = "{\"unreadable\":true,\"reason\":\"nested deeper than 64 levels\"}";

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
        member = newAccount("legacy");
        workspace = newWorkspace(member);
    }

    private static void sql(String statement, Object... values) {
        TestDatabase database = TestDatabase.get();
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
                database.password()); PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                prepared.setObject(i + 1, values[i]);
            }
            assertThat(prepared.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What stands at level 65 down the first items of {@code array}, which is itself at level {@code level}. */
    private static JsonNode sixtyFifthLevel(JsonNode array, int level) {
        JsonNode value = array;
        for (int i = level; i < 65; i++) {
            value = value.get(0);
        }
        return value;
    }

    private JsonNode awaitEnd(String runId) {
        return Runs.awaitEnd(member.api(), workspace, runId, java.time.Duration.ofSeconds(10));
    }

    private static void assertNo500(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isLessThan(500);
    }

    @Test
    void aTaskWithADeepStoredContextIsListedWithTheMarkerAndTheWholeListStillWorks() {
        String taskId = member.api().post("/api/tasks", Map.of("workspaceId", workspace.toString(), "title", "old"))
                .json().get("id").asString();
        member.api().post("/api/tasks", Map.of("workspaceId", workspace.toString(), "title", "fine"));
        sql("update tasks set context = jsonb_build_object('kept', 1, 'deep', ?::jsonb) where id = ?",
                THOUSAND_LEVELS, UUID.fromString(taskId));

        ApiResponse listed = member.api().get("/api/tasks?workspaceId=" + workspace);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().get("tasks")).hasSize(2);
        JsonNode old = listed.json().get("tasks").valueStream()
                .filter(task -> task.get("id").asString().equals(taskId)).findFirst().orElseThrow();
        assertThat(old.get("context").get("kept").asInt()).isEqualTo(1);
        assertThat(sixtyFifthLevel(old.get("context").get("deep"), 2).toString()).isEqualTo(MARKER);

        ApiResponse inWorkspace = member.api().get("/api/" + workspace + "/tasks");
        assertThat(inWorkspace.status()).as(inWorkspace.toString()).isEqualTo(200);

        String worker = member.api().post("/api/workers/claim", Map.of("workspaceId", workspace.toString()))
                .json().get("workers").get(0).get("id").asString();
        assertNo500(member.api().get("/api/workers/" + worker));
    }

    @Test
    void aRunWithADeepStoredInputIsShownCancelledAndCompared() {
        String automation = member.api().post("/api/" + workspace + "/automations", Map.of("name", "legacy",
                "flow", Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("log", "notify.log", Map.of("message", "hello"))),
                        "edges", List.of(edge("e1", "start", "log"))))).data().get("id").asString();
        String finished = member.api().post("/api/" + workspace + "/automations/" + automation + "/runs",
                Map.of("input", Map.of("x", 1))).data().get("id").asString();
        awaitEnd(finished);
        UUID held = UUID.randomUUID();
        sql("""
                insert into runs (workspace_id, id, automation_id, version, status, trigger, input, created_at, due_at,
                                  lease_owner, lease_until)
                values (?, ?, ?, 1, 'queued', 'manual', ?::jsonb, now(), now(), 'an engine far away',
                        now() + interval '1 hour')""",
                workspace, held, UUID.fromString(automation), THOUSAND_LEVELS);
        sql("update runs set input = ?::jsonb where id = ?", "{\"deep\":" + THOUSAND_LEVELS + "}",
                UUID.fromString(finished));

        ApiResponse shown = member.api().get("/api/" + workspace + "/runs/" + held);
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        assertThat(sixtyFifthLevel(shown.data().get("input"), 1).toString()).isEqualTo(MARKER);
        ApiResponse listed = member.api().get("/api/" + workspace + "/automations/" + automation + "/runs");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);

        ApiResponse compared = member.api().get("/api/" + workspace + "/runs/compare?base=" + finished + "&head="
                + held);
        assertThat(compared.status()).as(compared.toString()).isEqualTo(200);

        ApiResponse cancelled = member.api().post("/api/" + workspace + "/runs/" + held + "/cancel", null);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.data().get("status").asString()).isEqualTo("cancelled");
        ApiResponse again = member.api().post("/api/" + workspace + "/runs/" + finished + "/cancel", null);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        ApiResponse finishedShown = member.api().get("/api/" + workspace + "/runs/" + finished);
        assertThat(finishedShown.status()).as(finishedShown.toString()).isEqualTo(200);
    }

    @Test
    void theEngineFailsARunWhoseStoredInputCannotBeReadInsteadOfRetryingItForever() {
        String automation = member.api().post("/api/" + workspace + "/automations", Map.of("name", "legacy-due",
                "flow", Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("log", "notify.log", Map.of("message", "hello"))),
                        "edges", List.of(edge("e1", "start", "log"))))).data().get("id").asString();
        UUID due = UUID.randomUUID();
        sql("""
                insert into runs (workspace_id, id, automation_id, version, status, trigger, input, created_at, due_at)
                values (?, ?, ?, 1, 'queued', 'manual', ?::jsonb, now(), now())""",
                workspace, due, UUID.fromString(automation), "{\"deep\":" + THOUSAND_LEVELS + "}");

        JsonNode run = awaitEnd(due.toString());
        assertThat(run.get("status").asString()).isEqualTo("failed");
        assertThat(run.get("error").asString()).contains("input could not be read back");
        assertThat(run.get("steps").valueStream().map(step -> step.get("status").asString()))
                .containsOnly("cancelled");
    }
}
