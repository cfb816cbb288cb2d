package io.skillify.worker;

import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.worker.WorkerProtocolTest.claim;
import static io.skillify.worker.WorkerProtocolTest.createTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Contract §9 "Membership changes": a departed account's live work stops at once, and its task goes back. */
class MembershipRemovalTest extends IntegrationTest {

    @Test
    void removingAMemberFailsItsLiveWorkerAndReturnsTheTaskToPendingForAnother() {
        Caller owner = newAccount("ws-owner");
        Caller departing = newAccount("departing-bot");
        Caller colleague = newAccount("colleague-bot");
        UUID workspace = newWorkspace(owner);
        addMember(owner, workspace, departing, "member");
        addMember(owner, workspace, colleague, "member");
        String taskId = createTask(owner, workspace, "long job", 0, List.of());
        String workerId = claim(departing, Map.of("workspaceId", workspace.toString())).getFirst().get("id").asString();
        assertThat(departing.api().patch("/api/workers/" + workerId, Map.of("status", "running")).status())
                .isEqualTo(200);

        ApiResponse removed = owner.api().delete("/api/" + workspace + "/members/" + departing.id());
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);

        assertWorkerStoppedAndTaskFree(departing, workerId, owner, workspace, taskId, "membership removed");
        List<JsonNode> reclaimed = claim(colleague, Map.of("workspaceId", workspace.toString()));
        assertThat(reclaimed).extracting(w -> w.get("taskId").asString()).containsExactly(taskId);
    }

    @Test
    void aMemberLeavingByItselfStopsItsWorkInThatWorkspaceOnly() {
        Caller owner = newAccount("ws-owner");
        Caller leaver = newAccount("leaving-bot");
        UUID left = newWorkspace(owner);
        UUID kept = newWorkspace(owner);
        addMember(owner, left, leaver, "member");
        addMember(owner, kept, leaver, "member");
        String leftTask = createTask(owner, left, "in the workspace left", 0, List.of());
        String keptTask = createTask(owner, kept, "in the workspace kept", 0, List.of());
        String leftWorker = claim(leaver, Map.of("workspaceId", left.toString())).getFirst().get("id").asString();
        String keptWorker = claim(leaver, Map.of("workspaceId", kept.toString())).getFirst().get("id").asString();

        ApiResponse gone = leaver.api().delete("/api/" + left + "/members/" + leaver.id());
        assertThat(gone.status()).as(gone.toString()).isEqualTo(200);

        assertWorkerStoppedAndTaskFree(leaver, leftWorker, owner, left, leftTask, "membership removed");
        ApiResponse stillWorking = leaver.api().patch("/api/workers/" + keptWorker, Map.of("status", "running"));
        assertThat(stillWorking.status()).as(stillWorking.toString()).isEqualTo(200);
        assertThat(taskStatus(owner, kept, keptTask)).isEqualTo("in_progress");
    }

    @Test
    void claimsRacingTheRemovalLeaveTheRemovedAccountNoLiveWorkerThere() throws Exception {
        Caller owner = newAccount("race-owner");
        ApiResponse created = admin().post("/api/accounts", Map.of("name", "racer", "maxConcurrentWorkers", 200));
        JsonNode data = created.data();
        Caller racer = new Caller(UUID.fromString(data.get("id").asString()), "racer", data.get("apiKey").asString(),
                admin().as(data.get("apiKey").asString()));
        UUID workspace = newWorkspace(owner);
        addMember(owner, workspace, racer, "member");
        for (int i = 0; i < 60; i++) {
            createTask(owner, workspace, "race " + i, 0, List.of());
        }
        Map<String, Object> oneTask = Map.of("workspaceId", workspace.toString(), "maxTasks", 1);
        CountDownLatch firstClaim = new CountDownLatch(1);
        try (ExecutorService claimers = Executors.newFixedThreadPool(8)) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                running.add(claimers.submit(() -> {
                    while (true) {
                        ApiResponse claimed = racer.api().post("/api/workers/claim", oneTask);
                        if (claimed.status() != 200 || claimed.json().get("workers").isEmpty()) {
                            return;
                        }
                        firstClaim.countDown();
                    }
                }));
            }
            firstClaim.await();
            ApiResponse removed = owner.api().delete("/api/" + workspace + "/members/" + racer.id());
            assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
            for (Future<?> claimer : running) {
                claimer.get();
            }
        }

        List<JsonNode> tasks = owner.api().get("/api/" + workspace + "/tasks?limit=200").json().get("data")
                .valueStream().toList();
        assertThat(tasks).hasSize(60).allSatisfy(task -> assertThat(task.get("status").asString())
                .as("no task stays with the removed account").isEqualTo("pending"));
        assertThat(owner.api().get("/api/" + workspace + "/workers?limit=200").json().get("data").valueStream())
                .allSatisfy(worker -> assertThat(worker.get("status").asString()).isEqualTo("failed"));
    }

    @Test
    void revokingAnAccountRevokesEveryAccountItOwnsAtOnceAndStopsTheirWork() {
        Caller a = newAccount("tree-root");
        Caller b = newAccountBy(a.api(), "tree-child");
        Caller c = newAccountBy(b.api(), "tree-grandchild");
        Caller bystander = newAccount("bystander");
        Caller overseer = newAccount("overseer");
        UUID workspace = newWorkspace(overseer);
        addMember(overseer, workspace, c, "member");
        String taskId = createTask(overseer, workspace, "grandchild's job", 0, List.of());
        String workerId = claim(c, Map.of("workspaceId", workspace.toString())).getFirst().get("id").asString();
        assertThat(c.api().get("/api/accounts/me").status()).isEqualTo(200);

        ApiResponse revoked = admin().delete("/api/accounts/" + a.id());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);

        assertError(a.api().get("/api/accounts/me"), 401);
        assertError(b.api().get("/api/accounts/me"), 401);
        assertError(c.api().get("/api/accounts/me"), 401);
        assertThat(bystander.api().get("/api/accounts/me").status()).isEqualTo(200);
        JsonNode worker = overseer.api().get("/api/" + workspace + "/workers").json().get("data").valueStream()
                .filter(one -> one.get("id").asString().equals(workerId)).findFirst().orElseThrow();
        assertThat(worker.get("status").asString()).as(worker.toString()).isEqualTo("failed");
        assertThat(worker.get("error").asString()).isEqualTo("account revoked");
        assertThat(taskStatus(overseer, workspace, taskId)).isEqualTo("pending");
    }

    private void assertWorkerStoppedAndTaskFree(Caller departed, String workerId, Caller owner, UUID workspace,
                                                String taskId, String reason) {
        JsonNode worker = departed.api().get("/api/workers/" + workerId).json();
        assertThat(worker.get("status").asString()).as(worker.toString()).isEqualTo("failed");
        assertThat(worker.get("error").asString()).isEqualTo(reason);
        ApiResponse late = departed.api().patch("/api/workers/" + workerId, Map.of("progress", 50));
        assertError(late, 409);
        assertThat(late.json().get("abort").asBoolean()).isTrue();
        assertThat(late.json().get("reason").asString()).isEqualTo(reason);
        assertThat(taskStatus(owner, workspace, taskId)).isEqualTo("pending");
    }

    private String taskStatus(Caller reader, UUID workspace, String taskId) {
        return reader.api().get("/api/" + workspace + "/tasks?limit=200").json().get("data").valueStream()
                .filter(task -> task.get("id").asString().equals(taskId))
                .map(task -> task.get("status").asString())
                .findFirst().orElseThrow();
    }
}
