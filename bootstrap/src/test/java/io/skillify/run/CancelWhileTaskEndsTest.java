package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import io.skillify.support.Workers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A user cancels a run at the very moment its worker completes the run's task. Each side locks what it changes (the
 * cancel the run, then the task; the completion the task, then the waiting run); neither may answer with a server
 * error, and the run ends either cancelled or succeeded.
 */
class CancelWhileTaskEndsTest extends IntegrationTest {

    private static final int ROUNDS = 12;

    @Test
    void cancellingARunWhileItsWorkerCompletesTheTaskNeverFailsEitherRequest() throws Exception {
        Caller owner = newAccount("racing-owner");
        UUID workspace = newWorkspace(owner);
        String automation = owner.api().post("/api/" + workspace + "/automations", Map.of("name", "review", "flow",
                Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("review", "worker.task", Map.of("title", "Review {{input.n}}",
                                        "requiredCapabilities", List.of("racing")))),
                        "edges", List.of(edge("e1", "start", "review", null)))))
                .data().get("id").asString();
        try (ExecutorService sides = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < ROUNDS; round++) {
                Caller worker = newAccountBy(owner.api(), "racing-worker-" + round);
                owner.api().post("/api/" + workspace + "/members",
                        Map.of("accountId", worker.id().toString(), "role", "member"));
                String runId = owner.api().post("/api/" + workspace + "/automations/" + automation + "/runs",
                        Map.of("input", Map.of("n", round))).data().get("id").asString();
                String workerId = claimWhenCreated(worker);

                CountDownLatch go = new CountDownLatch(1);
                CompletableFuture<ApiResponse> cancel = CompletableFuture.supplyAsync(() -> {
                    await(go);
                    return owner.api().post("/api/" + workspace + "/runs/" + runId + "/cancel", Map.of());
                }, sides);
                CompletableFuture<ApiResponse> complete = CompletableFuture.supplyAsync(() -> {
                    await(go);
                    return worker.api().patch("/api/workers/" + workerId,
                            Map.of("status", "completed", "output", Map.of("verdict", "fine")));
                }, sides);
                go.countDown();

                ApiResponse cancelled = cancel.get();
                ApiResponse completed = complete.get();
                assertThat(cancelled.status()).as("cancel in round %d: %s", round, cancelled).isIn(200, 409);
                assertThat(completed.status()).as("completion in round %d: %s", round, completed).isIn(200, 409);
                JsonNode run = awaitEnd(owner.api(), workspace, runId, Duration.ofSeconds(15));
                assertThat(run.get("status").asString()).as("run of round %d", round).isIn("cancelled", "succeeded");
            }
        }
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static String claimWhenCreated(Caller worker) throws InterruptedException {
        return Workers.awaitClaim(worker.api(), Map.of("capabilities", List.of("racing"))).getFirst().get("id")
                .asString();
    }
}
