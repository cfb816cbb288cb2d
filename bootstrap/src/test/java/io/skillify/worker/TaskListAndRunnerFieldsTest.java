package io.skillify.worker;

import static io.skillify.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contract v1.1 §5: the Buildd task list, {@code GET /api/tasks/{id}} and the runner fields of a worker's report. */
class TaskListAndRunnerFieldsTest extends IntegrationTest {

    @Test
    void theTaskListPagesByOffsetAndCountsWhatMatchesAndWhatWaits() {
        Caller owner = newAccount("pager");
        UUID workspace = newWorkspace(owner);
        List<String> ids = List.of(create(owner, workspace, "one"), create(owner, workspace, "two"),
                create(owner, workspace, "three"));
        WorkerProtocolTest.claim(owner, Map.of("workspaceId", workspace.toString(), "maxTasks", 1));

        JsonNode firstPage = owner.api().get("/api/tasks?workspaceId=" + workspace + "&limit=2&offset=0").json();
        assertThat(firstPage.get("success").asBoolean()).isTrue();
        assertThat(firstPage.get("tasks").size()).isEqualTo(2);
        assertThat(firstPage.get("total").asLong()).isEqualTo(3);
        assertThat(firstPage.get("pendingCount").asLong()).isEqualTo(2);
        assertThat(firstPage.get("hasMore").asBoolean()).isTrue();
        JsonNode lastPage = owner.api().get("/api/tasks?workspaceId=" + workspace + "&limit=2&offset=2").json();
        assertThat(lastPage.get("tasks").size()).isEqualTo(1);
        assertThat(lastPage.get("hasMore").asBoolean()).isFalse();
        List<String> seen = new java.util.ArrayList<>();
        firstPage.get("tasks").valueStream().forEach(t -> seen.add(t.get("id").asString()));
        lastPage.get("tasks").valueStream().forEach(t -> seen.add(t.get("id").asString()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids);

        JsonNode assigned = owner.api().get("/api/tasks?status=assigned,completed").json();
        assertThat(assigned.get("total").asLong()).isEqualTo(1);
        assertThat(assigned.get("pendingCount").asLong()).as("pending whatever the filter").isEqualTo(2);
        assertThat(owner.api().get("/api/tasks?status=active").json().get("total").asLong()).isEqualTo(3);
        assertThat(owner.api().get("/api/tasks?status=pending").json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void anUnknownStatusOrABadSliceIsA400NamingTheField() {
        Caller owner = newAccount("filterer");
        assertRefused(owner.api().get("/api/tasks?status=pending,sleeping"), "status");
        assertRefused(owner.api().get("/api/tasks?limit=201"), "limit");
        assertRefused(owner.api().get("/api/tasks?offset=-1"), "offset");
    }

    @Test
    void aTaskIsReadByMembersOfItsWorkspaceWithItsWorkspaceAndWorkerAndIsUnknownToEveryoneElse() {
        Caller owner = newAccount("reader");
        Caller stranger = newAccount("outsider");
        UUID workspace = newWorkspace(owner);
        String taskId = create(owner, workspace, "read me");

        JsonNode pending = owner.api().get("/api/tasks/" + taskId).json();
        assertThat(pending.get("success").asBoolean()).isTrue();
        assertThat(pending.get("id").asString()).isEqualTo(taskId);
        assertThat(pending.get("workspace").get("id").asString()).isEqualTo(workspace.toString());
        assertThat(pending.get("workspace").get("name").asString()).startsWith("ws-");
        assertThat(pending.get("worker").isNull()).isTrue();

        String workerId = WorkerProtocolTest.claim(owner, Map.of()).getFirst().get("id").asString();
        JsonNode claimed = owner.api().get("/api/tasks/" + taskId).json();
        assertThat(claimed.get("status").asString()).isEqualTo("assigned");
        assertThat(claimed.get("worker").get("id").asString()).isEqualTo(workerId);

        ApiResponse foreign = assertError(stranger.api().get("/api/tasks/" + taskId), 404);
        ApiResponse unknown = assertError(stranger.api().get("/api/tasks/" + UUID.randomUUID()), 404);
        assertThat(foreign.json().get("error").asString()).isEqualTo(unknown.json().get("error").asString());
    }

    @Test
    void runnerFieldsAreStoredAsSentAndReturnedByGetPatchAndMine() {
        Caller runner = newAccount("reporter");
        UUID workspace = newWorkspace(runner);
        create(runner, workspace, "report");
        String workerId = WorkerProtocolTest.claim(runner, Map.of()).getFirst().get("id").asString();

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("status", "waiting_input");
        report.put("costUsd", 0.42);
        report.put("turns", 7);
        report.put("summary", "Fixed the login form");
        report.put("inputTokens", 12_000_000_000L);
        report.put("outputTokens", 3400);
        report.put("branch", "feature/login");
        report.put("lastCommitSha", "0123456789abcdef0123456789abcdef01234567");
        report.put("commitCount", 3);
        report.put("filesChanged", 4);
        report.put("linesAdded", 120);
        report.put("linesRemoved", 8);
        report.put("waitingFor", Map.of("type", "question", "prompt", "Merge now?", "options", List.of("yes", "no")));
        report.put("sessionId", "ignored by this server");
        JsonNode patched = runner.api().patch("/api/workers/" + workerId, report).json();
        assertRunnerFields(patched);
        assertThat(patched.get("instructions").isArray()).isTrue();

        runner.api().patch("/api/workers/" + workerId, Map.of("summary", "Still fixing"));
        JsonNode read = runner.api().get("/api/workers/" + workerId).json();
        assertThat(read.get("summary").asString()).isEqualTo("Still fixing");
        assertThat(read.get("linesAdded").asInt()).as("kept when not sent again").isEqualTo(120);
        JsonNode mine = runner.api().get("/api/workers/mine").json().get("workers").get(0);
        assertThat(mine.get("branch").asString()).isEqualTo("feature/login");
        assertThat(mine.get("waitingFor").get("options").get(1).asString()).isEqualTo("no");
        assertThat(mine.get("task").get("title").asString()).isEqualTo("report");
    }

    @Test
    void everyRunnerFieldHasALimitAndA400NamesIt() {
        Caller runner = newAccount("limits");
        UUID workspace = newWorkspace(runner);
        create(runner, workspace, "limits");
        String path = "/api/workers/" + WorkerProtocolTest.claim(runner, Map.of()).getFirst().get("id").asString();

        assertRefused(runner.api().patch(path, Map.of("summary", "s".repeat(20_001))), "summary");
        assertRefused(runner.api().patch(path, Map.of("lastCommitSha", "f".repeat(65))), "lastCommitSha");
        assertRefused(runner.api().patch(path, Map.of("branch", "b".repeat(256))), "branch");
        assertRefused(runner.api().patch(path, Map.of("inputTokens", -1)), "inputTokens");
        assertRefused(runner.api().patch(path, Map.of("linesAdded", -5)), "linesAdded");
        assertRefused(runner.api().patch(path, Map.of("costUsd", 2_000_000)), "costUsd");
        assertRefused(runner.api().patch(path, Map.of("waitingFor", Map.of("prompt", "no type"))), "waitingFor.type");
        assertRefused(runner.api().patch(path, Map.of("waitingFor", Map.of("type", "choice",
                "prompt", "p".repeat(20_001)))), "waitingFor.prompt");
        assertRefused(runner.api().patch(path, Map.of("waitingFor", Map.of("type", "choice", "prompt", "Pick",
                "options", java.util.Collections.nCopies(51, "yes")))), "waitingFor.options");
        assertRefused(runner.api().patch(path, Map.of("turns", 1_000_001)), "turns");
        assertRefused(runner.api().patch(path, Map.of("outputTokens", 1_000_000_000_001L)), "outputTokens");
        assertRefused(runner.api().patch(path, Map.of("commitCount", 2_147_483_648L)), "commitCount");
        assertThat(runner.api().get(path).json().get("summary").isNull()).as("nothing stored").isTrue();
    }

    private static void assertRunnerFields(JsonNode worker) {
        assertThat(worker.get("status").asString()).isEqualTo("waiting_input");
        assertThat(worker.get("costUsd").asDouble()).isEqualTo(0.42);
        assertThat(worker.get("turns").asInt()).isEqualTo(7);
        assertThat(worker.get("summary").asString()).isEqualTo("Fixed the login form");
        assertThat(worker.get("inputTokens").asLong()).isEqualTo(12_000_000_000L);
        assertThat(worker.get("outputTokens").asLong()).isEqualTo(3400);
        assertThat(worker.get("branch").asString()).isEqualTo("feature/login");
        assertThat(worker.get("lastCommitSha").asString()).isEqualTo("0123456789abcdef0123456789abcdef01234567");
        assertThat(worker.get("commitCount").asInt()).isEqualTo(3);
        assertThat(worker.get("filesChanged").asInt()).isEqualTo(4);
        assertThat(worker.get("linesAdded").asInt()).isEqualTo(120);
        assertThat(worker.get("linesRemoved").asInt()).isEqualTo(8);
        assertThat(worker.get("waitingFor").get("type").asString()).isEqualTo("question");
        assertThat(worker.get("waitingFor").get("prompt").asString()).isEqualTo("Merge now?");
        assertThat(worker.has("sessionId")).isFalse();
    }

    private static void assertRefused(ApiResponse response, String field) {
        assertError(response, 400);
        assertThat(response.json().toString()).as(response.toString()).contains(field);
    }

    private static String create(Caller caller, UUID workspace, String title) {
        ApiResponse created = caller.api().post("/api/tasks", Map.of("workspaceId", workspace.toString(),
                "title", title));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
