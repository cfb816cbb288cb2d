package io.skillify.worker;

import static io.skillify.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WorkerProtocolTest extends IntegrationTest {

    static String createTask(Caller caller, UUID workspace, String title, int priority, List<String> capabilities) {
        ApiResponse created = caller.api().post("/api/tasks", Map.of("workspaceId", workspace.toString(),
                "title", title, "priority", priority, "requiredCapabilities", capabilities,
                "context", Map.of("command", List.of("echo", title))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("success").asBoolean()).isTrue();
        return created.json().get("id").asString();
    }

    static List<JsonNode> claim(Caller caller, Map<String, Object> body) {
        ApiResponse claimed = caller.api().post("/api/workers/claim", body);
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        return claimed.json().get("workers").valueStream().toList();
    }

    @Test
    void aClaimHandsOutTheTaskWithItsBranchAndAWorkerNamedAfterTheAccount() {
        Caller bot = newAccount("ci-runner");
        UUID workspace = newWorkspace(bot);
        String taskId = createTask(bot, workspace, "Fix login bug!", 0, List.of());

        List<JsonNode> workers = claim(bot, Map.of("workspaceId", workspace.toString(), "maxTasks", 5));

        assertThat(workers).hasSize(1);
        JsonNode worker = workers.getFirst();
        assertThat(worker.get("taskId").asString()).isEqualTo(taskId);
        assertThat(worker.get("branch").asString()).isEqualTo("buildd/" + lastEight(taskId) + "-fix-login-bug-");
        assertThat(worker.get("task").get("status").asString()).isEqualTo("assigned");
        assertThat(worker.get("task").get("context").get("command").get(1).asString()).isEqualTo("Fix login bug!");
        JsonNode mine = bot.api().get("/api/workers/" + worker.get("id").asString()).json();
        assertThat(mine.get("name").asString()).isEqualTo("ci-runner-" + lastEight(worker.get("id").asString()));
        assertThat(mine.get("status").asString()).isEqualTo("idle");
        assertThat(mine.get("task").get("id").asString()).isEqualTo(taskId);
        assertThat(claim(bot, Map.of("workspaceId", workspace.toString()))).as("nothing left").isEmpty();
    }

    @Test
    void tasksWithTheSameTitleMadeTogetherGetDistinctBranchesAndTheirWorkersDistinctNames() {
        Caller bot = newAccount("twin-runner");
        UUID workspace = newWorkspace(bot);
        createTask(bot, workspace, "Fix login bug", 0, List.of());
        createTask(bot, workspace, "Fix login bug", 0, List.of());

        List<JsonNode> workers = claim(bot, Map.of("workspaceId", workspace.toString(), "maxTasks", 2));

        assertThat(workers).hasSize(2);
        assertThat(workers).extracting(w -> w.get("branch").asString()).doesNotHaveDuplicates()
                .allMatch(branch -> branch.matches("buildd/[0-9a-f]{8}-fix-login-bug"));
        assertThat(workers).extracting(w -> bot.api().get("/api/workers/" + w.get("id").asString()).json()
                .get("name").asString()).doesNotHaveDuplicates();
    }

    private static String lastEight(String id) {
        return id.substring(id.length() - 8);
    }

    @Test
    void capabilitiesRouteTasksAndAreFilteredBeforeTheLimitThenPriorityThenAge() {
        Caller owner = newAccount("router");
        UUID workspace = newWorkspace(owner);
        String gpuTask = createTask(owner, workspace, "needs gpu", 100, List.of("gpu"));
        String oldLow = createTask(owner, workspace, "old low", 0, List.of());
        String high = createTask(owner, workspace, "high", 5, List.of("shell"));
        String newLow = createTask(owner, workspace, "new low", 0, List.of("shell"));

        List<JsonNode> first = claim(owner, Map.of("workspaceId", workspace.toString(), "capabilities",
                List.of("shell"), "maxTasks", 2));
        assertThat(first).extracting(w -> w.get("taskId").asString()).containsExactly(high, oldLow);
        List<JsonNode> second = claim(owner, Map.of("capabilities", List.of("shell"), "maxTasks", 1));
        assertThat(second).extracting(w -> w.get("taskId").asString()).containsExactly(newLow);
        owner.api().patch("/api/workers/" + second.getFirst().get("id").asString(), Map.of("status", "completed"));
        assertThat(claim(owner, Map.of("capabilities", List.of("shell")))).as("the gpu task is not for us").isEmpty();
        assertThat(owner.api().get("/api/tasks?workspaceId=" + workspace + "&status=pending").json().get("tasks")
                .valueStream().map(t -> t.get("id").asString()).toList()).containsExactly(gpuTask);
    }

    @Test
    void claimsSeeOnlyTheCallersWorkspacesAndAForeignWorkspaceIsForbidden() {
        Caller owner = newAccount("tenant-a");
        Caller stranger = newAccount("tenant-b");
        UUID workspace = newWorkspace(owner);
        createTask(owner, workspace, "private", 0, List.of());

        assertThat(claim(stranger, Map.of())).isEmpty();
        assertError(stranger.api().post("/api/workers/claim", Map.of("workspaceId", workspace.toString())), 403);
        assertError(stranger.api().post("/api/tasks", Map.of("workspaceId", workspace.toString(), "title", "x")), 403);
        assertError(stranger.api().get("/api/tasks?workspaceId=" + workspace), 403);
        assertThat(stranger.api().get("/api/tasks").json().get("tasks")).isEmpty();
    }

    @Test
    void onlyTheClaimingAccountSeesOrMovesItsWorker() {
        Caller bot = newAccount("owner-bot");
        Caller other = newAccount("other-bot");
        UUID workspace = newWorkspace(bot);
        addMember(bot, workspace, other, "member");
        createTask(bot, workspace, "mine", 0, List.of());
        String workerId = claim(bot, Map.of()).getFirst().get("id").asString();

        assertError(other.api().get("/api/workers/" + workerId), 403, "Forbidden");
        assertError(other.api().patch("/api/workers/" + workerId, Map.of("status", "running")), 403, "Forbidden");
        assertError(bot.api().get("/api/workers/" + UUID.randomUUID()), 404);
    }

    @Test
    void reportsMoveTheTaskAndAFinishedWorkerIsToldToAbort() {
        Caller bot = newAccount("reporter");
        UUID workspace = newWorkspace(bot);
        String taskId = createTask(bot, workspace, "report", 0, List.of());
        String workerId = claim(bot, Map.of()).getFirst().get("id").asString();
        String worker = "/api/workers/" + workerId;

        ApiResponse running = bot.api().patch(worker, Map.of("status", "running", "progress", 10,
                "currentAction", "cloning", "milestones", List.of(Map.of("label", "cloned",
                        "timestamp", "2026-11-30T10:00:00Z"))));
        assertThat(running.status()).as(running.toString()).isEqualTo(200);
        assertThat(running.json().get("startedAt").isNull()).isFalse();
        assertThat(running.json().get("instructions")).isEmpty();
        assertThat(taskStatus(bot, workspace, taskId)).isEqualTo("in_progress");

        assertError(bot.api().patch(worker, Map.of("progress", 150)), 400);
        assertError(bot.api().patch(worker, Map.of("status", "done")), 400);
        assertError(bot.api().patch(worker, Map.of("status", "idle")), 400);

        ApiResponse done = bot.api().patch(worker, Map.of("status", "completed", "output", Map.of("pr", 42)));
        assertThat(done.json().get("completedAt").isNull()).isFalse();
        assertThat(taskStatus(bot, workspace, taskId)).isEqualTo("completed");
        assertThat(bot.api().get("/api/tasks?workspaceId=" + workspace).json().get("tasks").get(0).get("output")
                .get("pr").asInt()).isEqualTo(42);

        ApiResponse late = bot.api().patch(worker, Map.of("progress", 150));
        assertError(late, 409);
        assertThat(late.json().get("abort").asBoolean()).isTrue();
        assertThat(late.json().get("reason").asString()).isNotBlank();
        Caller stranger = newAccount("late-stranger");
        assertError(stranger.api().patch(worker, Map.of("status", "running")), 409);
    }

    @Test
    void commandsAreQueuedForAdminsOnlyAndDeliveredExactlyOnce() {
        Caller owner = newAccount("commander");
        Caller bot = newAccount("obedient");
        UUID workspace = newWorkspace(owner);
        addMember(owner, workspace, bot, "member");
        createTask(owner, workspace, "long job", 0, List.of());
        String workerId = claim(bot, Map.of()).getFirst().get("id").asString();

        assertError(bot.api().post("/api/workers/" + workerId + "/cmd", Map.of("action", "pause")), 403);
        assertError(owner.api().post("/api/workers/" + workerId + "/cmd", Map.of("action", "explode")), 400);
        ApiResponse sent = owner.api().post("/api/workers/" + workerId + "/cmd",
                Map.of("action", "message", "text", "please hurry"));
        assertThat(sent.json().get("ok").asBoolean()).isTrue();
        assertThat(sent.json().get("action").asString()).isEqualTo("message");
        owner.api().post("/api/workers/" + workerId + "/cmd", Map.of("action", "pause"));

        JsonNode first = bot.api().patch("/api/workers/" + workerId, Map.of("progress", 5)).json();
        assertThat(first.get("instructions").valueStream().map(i -> i.get("action").asString()).toList())
                .containsExactly("message", "pause");
        assertThat(first.get("instructions").get(0).get("text").asString()).isEqualTo("please hurry");
        assertThat(bot.api().patch("/api/workers/" + workerId, Map.of("progress", 6)).json().get("instructions"))
                .as("each instruction is delivered once").isEmpty();
    }

    @Test
    void heartbeatRenewsLeasesAndCountsPendingTasks() {
        Caller bot = newAccount("beating");
        UUID workspace = newWorkspace(bot);
        createTask(bot, workspace, "a", 0, List.of());
        createTask(bot, workspace, "b", 0, List.of());
        String workerId = claim(bot, Map.of("maxTasks", 1)).getFirst().get("id").asString();
        String leaseBefore = bot.api().get("/api/workers/" + workerId).json().get("leaseExpiresAt").asString();

        ApiResponse beat = bot.api().post("/api/workers/heartbeat", Map.of("activeWorkerCount", 1));

        assertThat(beat.json().get("ok").asBoolean()).isTrue();
        assertThat(beat.json().get("pendingTaskCount").asLong()).isEqualTo(1);
        assertThat(bot.api().get("/api/workers/" + workerId).json().get("leaseExpiresAt").asString())
                .isGreaterThan(leaseBefore);
        assertThat(bot.api().get("/api/workers/mine?status=idle,running").json().get("workers"))
                .extracting(w -> w.get("id").asString()).containsExactly(workerId);
        assertThat(bot.api().get("/api/workers/mine?status=completed").json().get("workers")).isEmpty();
    }

    @Test
    void reassignFailsTheWorkerAndCancelAbortsIt() {
        Caller owner = newAccount("boss");
        Caller bot = newAccount("helper");
        UUID workspace = newWorkspace(owner);
        addMember(owner, workspace, bot, "member");
        String taskId = createTask(owner, workspace, "contested", 0, List.of());
        String firstWorker = claim(bot, Map.of()).getFirst().get("id").asString();

        assertError(bot.api().post("/api/tasks/" + taskId + "/reassign", null), 403);
        ApiResponse reassigned = owner.api().post("/api/tasks/" + taskId + "/reassign", null);
        assertThat(reassigned.json().get("status").asString()).isEqualTo("pending");
        ApiResponse stale = bot.api().patch("/api/workers/" + firstWorker, Map.of("status", "running"));
        assertError(stale, 409);
        assertThat(stale.json().get("abort").asBoolean()).isTrue();

        String secondWorker = claim(bot, Map.of()).getFirst().get("id").asString();
        ApiResponse cancelled = bot.api().post("/api/tasks/" + taskId + "/cancel", null);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("cancelled");
        JsonNode next = bot.api().patch("/api/workers/" + secondWorker, Map.of("progress", 50)).json();
        assertThat(next.get("instructions").get(0).get("action").asString()).isEqualTo("abort");
        assertError(owner.api().post("/api/tasks/" + taskId + "/cancel", null), 409);
        assertError(newAccount("outsider").api().post("/api/tasks/" + taskId + "/cancel", null), 404);
    }

    @Test
    void anAccountAtItsLimitGets429WithLimitAndCurrent() {
        Caller bot = newAccount("limited");
        UUID workspace = newWorkspace(bot);
        for (int i = 0; i < 5; i++) {
            createTask(bot, workspace, "t" + i, 0, List.of());
        }
        assertThat(claim(bot, Map.of("maxTasks", 10))).hasSize(3);
        ApiResponse refused = bot.api().post("/api/workers/claim", Map.of());
        assertError(refused, 429, "Max concurrent workers limit reached");
        assertThat(refused.json().get("limit").asInt()).isEqualTo(3);
        assertThat(refused.json().get("current").asInt()).isEqualTo(3);
    }

    @Test
    void workspaceDashboardsListTasksAndWorkersInTheEnvelope() {
        Caller owner = newAccount("dashboard");
        UUID workspace = newWorkspace(owner);
        ApiResponse created = owner.api().post("/api/" + workspace + "/tasks", Map.of("title", "from the ui"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data().get("workspaceId").asString()).isEqualTo(workspace.toString());
        claim(owner, Map.of());
        assertThat(owner.api().get("/api/" + workspace + "/tasks").data()).hasSize(1);
        assertThat(owner.api().get("/api/" + workspace + "/workers").data()).hasSize(1);
        assertError(owner.api().post("/api/" + workspace + "/tasks", Map.of("title", "")), 400);
        assertError(owner.api().post("/api/tasks", Map.of("title", "no workspace")), 400);
    }

    static String taskStatus(Caller caller, UUID workspace, String taskId) {
        return caller.api().get("/api/tasks?workspaceId=" + workspace).json().get("tasks").valueStream()
                .filter(task -> task.get("id").asString().equals(taskId))
                .map(task -> task.get("status").asString()).findFirst().orElseThrow();
    }
}
