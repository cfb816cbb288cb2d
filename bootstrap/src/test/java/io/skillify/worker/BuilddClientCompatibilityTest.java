package io.skillify.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.Api;
import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Today's Buildd clients, unchanged (contract v1.1 §5): the exact requests they send, in their order, and the fields
 * they read from the answers.
 *
 * <p>Clients read (repository {@code buildd-ai/buildd} in the code index):
 * <ul>
 *   <li>{@code packages/agent/client.go}: {@code GET /health} without credentials before anything else (the agent
 *       stops unless it answers 200); {@code POST /api/workers/claim} with {@code Content-Type:
 *       application/json}, {@code Authorization: Bearer <key>} and {@code {"workspaceId", "maxTasks"}}
 *       ({@code workspaceId} left out when empty); reads {@code workers[].id, taskId, branch, task.{id, workspaceId,
 *       title, description, context}}; any status but 200 is a failure.</li>
 *   <li>{@code packages/agent/runner.go}: {@code PATCH /api/workers/{id}} with {@code {"progress", "status":
 *       "running"}} while working, then {@code {"status": "completed", "result": "…"}} ({@code result} is not a
 *       field of the contract: it must be ignored, not refused).</li>
 *   <li>The Buildd skill for OpenClaw (a TypeScript module of the same project, found in the index by its content;
 *       the index did not give its path): {@code GET /api/tasks} reading {@code tasks[].{id, title, status,
 *       priority, workspaceId, workspace.name}}; claim {@code {"maxTasks": 1, "workspaceId", "runner":
 *       "openclaw"}}; progress {@code {"status": "running", "currentAction"}}; complete {@code {"status":
 *       "completed"}}; fail {@code {"status": "failed", "error"}}.</li>
 * </ul>
 * The published task CLI's {@code list} that sends {@code status=active} (the failure reported in issue 12) was not
 * in the index; that request is replayed from the contract's §5 text: {@code GET
 * /api/tasks?status=active&limit=&offset=} reading {@code tasks, total, pendingCount, hasMore} and each task's
 * {@code workspace: {id, name}}.
 */
class BuilddClientCompatibilityTest extends IntegrationTest {

    @Test
    void aBuilddWorkerListsClaimsReportsCompletesAndFailsAsItDoesAgainstBuildd() {
        Caller runner = newAccount("buildd-agent");
        UUID workspace = newWorkspace(runner);
        String workspaceName = runner.api().get("/api/workspaces").json().get("workspaces").valueStream()
                .filter(w -> w.get("id").asString().equals(workspace.toString())).findFirst().orElseThrow()
                .get("name").asString();
        String first = create(runner, workspace, "Fix login bug", 5);
        String second = create(runner, workspace, "Flaky test", 0);
        BuilddClient client = new BuilddClient(new Api(baseUrl(), runner.key()));

        // Go agent: Connect()
        assertThat(anonymous().get("/health").status()).isEqualTo(200);

        // task CLI: list the work still to do
        JsonNode listed = ok(client.get("/api/tasks?status=active&limit=20&offset=0"));
        assertThat(listed.get("total").asLong()).isEqualTo(2);
        assertThat(listed.get("pendingCount").asLong()).isEqualTo(2);
        assertThat(listed.get("hasMore").asBoolean()).isFalse();
        assertThat(listed.get("tasks").valueStream().map(t -> t.get("id").asString()).toList())
                .containsExactlyInAnyOrder(first, second);
        JsonNode listedTask = listed.get("tasks").get(0);
        assertThat(listedTask.get("workspace").get("id").asString()).isEqualTo(workspace.toString());
        assertThat(listedTask.get("workspace").get("name").asString()).isEqualTo(workspaceName);
        assertThat(listedTask.get("status").asString()).isEqualTo("pending");
        assertThat(listedTask.get("priority").isNumber()).isTrue();
        assertThat(listedTask.get("title").isString()).isTrue();
        assertThat(listedTask.get("workspaceId").asString()).isEqualTo(workspace.toString());

        // OpenClaw skill: claim one task for this workspace
        JsonNode claimed = ok(client.post("/api/workers/claim",
                Map.of("maxTasks", 1, "workspaceId", workspace.toString(), "runner", "openclaw")));
        JsonNode worker = claimed.get("workers").get(0);
        assertThat(claimed.get("workers").size()).isEqualTo(1);
        assertThat(worker.get("taskId").asString()).isEqualTo(first);
        assertThat(worker.get("branch").asString()).startsWith("buildd/");
        assertThat(worker.get("task").get("id").asString()).isEqualTo(first);
        assertThat(worker.get("task").get("title").asString()).isEqualTo("Fix login bug");
        assertThat(worker.get("task").get("workspaceId").asString()).isEqualTo(workspace.toString());
        assertThat(worker.get("task").get("context").isObject()).isTrue();
        String workerId = worker.get("id").asString();

        // Go agent runner: progress, then OpenClaw's progress with a message
        ok(client.patch("/api/workers/" + workerId, Map.of("progress", 30, "status", "running")));
        JsonNode reported = ok(client.patch("/api/workers/" + workerId,
                Map.of("status", "running", "currentAction", "Analyzing requirements...")));
        assertThat(reported.get("status").asString()).isEqualTo("running");
        assertThat(reported.get("progress").asInt()).isEqualTo(30);
        assertThat(reported.get("currentAction").asString()).isEqualTo("Analyzing requirements...");

        // Go agent runner: complete, with a field the contract does not know
        JsonNode completed = ok(client.patch("/api/workers/" + workerId,
                Map.of("status", "completed", "result", "Task completed successfully (API)")));
        assertThat(completed.get("status").asString()).isEqualTo("completed");
        assertThat(ok(client.get("/api/tasks/" + first)).get("status").asString()).isEqualTo("completed");

        // Go agent: claim the next one (no workspaceId when none is configured), then OpenClaw's fail
        JsonNode next = ok(client.post("/api/workers/claim", Map.of("maxTasks", 3))).get("workers");
        assertThat(next.size()).isEqualTo(1);
        assertThat(next.get(0).get("taskId").asString()).isEqualTo(second);
        ok(client.patch("/api/workers/" + next.get(0).get("id").asString(),
                Map.of("status", "failed", "error", "tests still flaky")));

        JsonNode failed = ok(client.get("/api/tasks/" + second));
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("workspace").get("name").asString()).isEqualTo(workspaceName);
        assertThat(failed.get("worker").get("error").asString()).isEqualTo("tests still flaky");

        JsonNode nothingLeft = ok(client.get("/api/tasks?status=active&limit=20&offset=0"));
        assertThat(nothingLeft.get("tasks")).isEmpty();
        assertThat(nothingLeft.get("total").asLong()).isZero();
        assertThat(nothingLeft.get("pendingCount").asLong()).isZero();
        assertThat(ok(client.get("/api/tasks")).get("total").asLong()).isEqualTo(2);
    }

    /** Sends as both clients do: {@code Content-Type: application/json} and the bearer key on every request. */
    private record BuilddClient(Api api) {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        ApiResponse get(String path) {
            return send("GET", path, HttpRequest.BodyPublishers.noBody());
        }

        ApiResponse post(String path, Object body) {
            return send("POST", path, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }

        ApiResponse patch(String path, Object body) {
            return send("PATCH", path, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }

        private ApiResponse send(String method, String path, HttpRequest.BodyPublisher body) {
            return api.exchange(api.request(path).header("Content-Type", "application/json").method(method, body)
                    .build());
        }
    }

    private static String create(Caller caller, UUID workspace, String title, int priority) {
        ApiResponse created = caller.api().post("/api/tasks", Map.of("workspaceId", workspace.toString(),
                "title", title, "priority", priority, "requiredCapabilities", List.of()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("success").asBoolean()).isTrue();
        return response.json();
    }
}
