package io.skillify.worker;

import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.worker.WorkerProtocolTest.claim;
import static io.skillify.worker.WorkerProtocolTest.createTask;
import static io.skillify.worker.WorkerProtocolTest.taskStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contract §5 v1.1: {@code POST /api/workers/claim {taskId}} takes that task only, if the caller may claim it. */
class ClaimByTaskIdTest extends IntegrationTest {

    @Test
    void claimingAPendingTaskByIdHandsOutThatTaskOnly() {
        Caller bot = newAccount("picky-runner");
        UUID workspace = newWorkspace(bot);
        String urgent = createTask(bot, workspace, "urgent", 9, List.of());
        String wanted = createTask(bot, workspace, "wanted", 0, List.of());

        List<JsonNode> workers = claim(bot, Map.of("taskId", wanted, "maxTasks", 5));

        assertThat(workers).extracting(w -> w.get("taskId").asString()).containsExactly(wanted);
        assertThat(workers.getFirst().get("task").get("status").asString()).isEqualTo("assigned");
        assertThat(taskStatus(bot, workspace, urgent)).isEqualTo("pending");
        assertThat(claim(bot, Map.of("taskId", wanted))).as("no longer pending").isEmpty();
    }

    @Test
    void aTaskOfAnotherWorkspaceIsNotHandedOutByItsId() {
        Caller owner = newAccount("owner-elsewhere");
        Caller stranger = newAccount("id-guesser");
        UUID workspace = newWorkspace(owner);
        newWorkspace(stranger);
        String foreign = createTask(owner, workspace, "private", 0, List.of());

        assertThat(claim(stranger, Map.of("taskId", foreign))).isEmpty();
        assertThat(taskStatus(owner, workspace, foreign)).isEqualTo("pending");
    }

    @Test
    void aTaskThatIsNoLongerPendingIsNotHandedOutByItsId() {
        Caller bot = newAccount("late-runner");
        UUID workspace = newWorkspace(bot);
        String cancelled = createTask(bot, workspace, "called off", 0, List.of());
        ApiResponse cancel = bot.api().post("/api/tasks/" + cancelled + "/cancel", Map.of());
        assertThat(cancel.status()).as(cancel.toString()).isEqualTo(200);
        String done = createTask(bot, workspace, "done", 0, List.of());
        String worker = claim(bot, Map.of("taskId", done)).getFirst().get("id").asString();
        assertThat(bot.api().patch("/api/workers/" + worker, Map.of("status", "completed")).status()).isEqualTo(200);

        assertThat(claim(bot, Map.of("taskId", cancelled))).isEmpty();
        assertThat(claim(bot, Map.of("taskId", done))).isEmpty();
        assertThat(claim(bot, Map.of("taskId", UUID.randomUUID().toString()))).as("unknown task").isEmpty();
    }

    @Test
    void aTaskNeedingACapabilityTheCallerLacksIsNotHandedOutByItsId() {
        Caller bot = newAccount("shell-only");
        UUID workspace = newWorkspace(bot);
        String gpu = createTask(bot, workspace, "render", 0, List.of("gpu"));

        assertThat(claim(bot, Map.of("taskId", gpu, "capabilities", List.of("shell")))).isEmpty();
        assertThat(claim(bot, Map.of("taskId", gpu, "workspaceId", newWorkspace(bot).toString(),
                "capabilities", List.of("gpu")))).as("another workspace named").isEmpty();
        assertThat(claim(bot, Map.of("taskId", gpu, "capabilities", List.of("shell", "gpu"))))
                .extracting(w -> w.get("taskId").asString()).containsExactly(gpu);
    }

    @Test
    void anAccountAtItsLimitIsRefusedWith429EvenWhenItNamesATask() {
        ApiResponse created = admin().post("/api/accounts", Map.of("name", "one-at-a-time", "maxConcurrentWorkers", 1));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String key = created.data().get("apiKey").asString();
        Caller bot = new Caller(UUID.fromString(created.data().get("id").asString()), "one-at-a-time", key,
                admin().as(key));
        UUID workspace = newWorkspace(bot);
        String first = createTask(bot, workspace, "first", 0, List.of());
        String second = createTask(bot, workspace, "second", 0, List.of());
        assertThat(claim(bot, Map.of("taskId", first))).hasSize(1);

        ApiResponse refused = bot.api().post("/api/workers/claim", Map.of("taskId", second));

        assertError(refused, 429);
        assertThat(refused.json().get("limit").asInt()).isEqualTo(1);
        assertThat(refused.json().get("current").asInt()).isEqualTo(1);
        assertThat(taskStatus(bot, workspace, second)).isEqualTo("pending");
    }

    @Test
    void aTaskIdThatIsNotOneIs400() {
        Caller bot = newAccount("typo-runner");
        assertError(bot.api().post("/api/workers/claim", Map.of("taskId", "nope")), 400);
    }

    @Test
    void eightClaimersOfTheSameTaskIdLeaveItWithExactlyOneWorker() throws Exception {
        Caller owner = newAccount("race-owner");
        UUID workspace = newWorkspace(owner);
        List<Caller> claimers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Caller claimer = newAccount("racer-" + i);
            addMember(owner, workspace, claimer, "member");
            claimers.add(claimer);
        }
        createTask(owner, workspace, "decoy", 5, List.of());
        String contested = createTask(owner, workspace, "contested", 0, List.of());

        List<List<JsonNode>> answers = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<List<JsonNode>>> claims = new ArrayList<>();
            for (Caller claimer : claimers) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return claim(claimer, Map.of("taskId", contested, "workspaceId", workspace.toString()));
                }));
            }
            start.countDown();
            for (Future<List<JsonNode>> answer : claims) {
                answers.add(answer.get());
            }
        }

        List<JsonNode> handed = answers.stream().flatMap(List::stream).toList();
        assertThat(handed).extracting(w -> w.get("taskId").asString()).containsExactly(contested);
        assertThat(answers.stream().filter(List::isEmpty)).hasSize(7);
        assertThat(taskStatus(owner, workspace, contested)).isEqualTo("assigned");
        assertThat(owner.api().get("/api/" + workspace + "/workers").json().toString())
                .contains(handed.getFirst().get("id").asString());
    }
}
