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
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A {@code worker.task} step: one task per step, a run that waits for it, and the worker's output flowing on. */
class WorkerTaskStepTest extends IntegrationTest {

    private String reviewFlow(Caller owner, UUID workspace) {
        return owner.api().post("/api/" + workspace + "/automations", Map.of("name", "review", "flow",
                Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("review", "worker.task", Map.of("title", "Review {{input.pr}}",
                                        "requiredCapabilities", List.of("review"),
                                        "context", Map.of("command", List.of("review", "{{input.pr}}"),
                                                "literal", "no template here"))),
                                node("report", "notify.log", Map.of("message",
                                        "verdict {{steps.review.output.verdict}}"))),
                        "edges", List.of(edge("e1", "start", "review", null), edge("e2", "review", "report", null)))))
                .data().get("id").asString();
    }

    private JsonNode awaitTaskOfRun(Caller caller, UUID workspace, String runId) throws InterruptedException {
        return Workers.awaitTaskOfRun(caller.api(), workspace, runId);
    }

    /** The run once the engine has stored its review step as waiting on the task: it has nothing more to do. */
    private static JsonNode awaitReviewWaiting(Caller caller, UUID workspace, String runId) {
        return await("the review step waits on its task").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(25))
                .until(() -> caller.api().get("/api/" + workspace + "/runs/" + runId).data(),
                        run -> run.get("steps").valueStream().anyMatch(s -> s.get("nodeId").asString().equals("review")
                                && s.get("status").asString().equals("waiting")));
    }

    @Test
    void theRunWaitsForTheWorkerAndContinuesWithItsOutput() throws Exception {
        Caller owner = newAccount("flow-owner");
        UUID workspace = newWorkspace(owner);
        String automation = reviewFlow(owner, workspace);
        String runId = owner.api().post("/api/" + workspace + "/automations/" + automation + "/runs",
                Map.of("input", Map.of("pr", 7))).data().get("id").asString();

        JsonNode task = awaitTaskOfRun(owner, workspace, runId);
        assertThat(task.get("nodeId").asString()).isEqualTo("review");
        assertThat(task.get("requiredCapabilities").get(0).asString()).isEqualTo("review");
        assertThat(task.get("title").asString()).as("title is a template").isEqualTo("Review 7");
        assertThat(task.get("context").get("command").get(1).asString()).as("context strings are templates")
                .isEqualTo("7");
        assertThat(task.get("context").get("literal").asString()).isEqualTo("no template here");
        JsonNode waiting = awaitReviewWaiting(owner, workspace, runId);
        assertThat(waiting.get("status").asString()).isEqualTo("running");
        assertThat(owner.api().get("/api/tasks?workspaceId=" + workspace).json().get("tasks")).as("one task per step")
                .hasSize(1);

        List<JsonNode> claimed = owner.api().post("/api/workers/claim", Map.of("capabilities", List.of("review")))
                .json().get("workers").valueStream().toList();
        assertThat(claimed).hasSize(1);
        ApiResponse done = owner.api().patch("/api/workers/" + claimed.getFirst().get("id").asString(),
                Map.of("status", "completed", "output", Map.of("verdict", "approved")));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);

        JsonNode run = awaitEnd(owner.api(), workspace, runId, Duration.ofSeconds(10));
        assertThat(run.get("status").asString()).isEqualTo("succeeded");
        JsonNode review = run.get("steps").valueStream().filter(s -> s.get("nodeId").asString().equals("review"))
                .findFirst().orElseThrow();
        assertThat(review.get("output").get("verdict").asString()).isEqualTo("approved");
        assertThat(owner.api().get("/api/" + workspace + "/runs/" + runId + "/logs").raw())
                .contains("verdict approved");
    }

    @Test
    void aFailedTaskFailsTheStepAndCancellingTheRunCancelsItsTask() throws Exception {
        Caller owner = newAccount("flow-canceller");
        UUID workspace = newWorkspace(owner);
        String automation = reviewFlow(owner, workspace);

        String failing = owner.api().post("/api/" + workspace + "/automations/" + automation + "/runs",
                Map.of("input", Map.of("pr", 1))).data().get("id").asString();
        awaitTaskOfRun(owner, workspace, failing);
        String worker = owner.api().post("/api/workers/claim", Map.of("capabilities", List.of("review")))
                .json().get("workers").get(0).get("id").asString();
        owner.api().patch("/api/workers/" + worker, Map.of("status", "failed", "error", "tests are red"));
        JsonNode failed = awaitEnd(owner.api(), workspace, failing, Duration.ofSeconds(10));
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("error").asString()).contains("tests are red");

        String cancelled = owner.api().post("/api/" + workspace + "/automations/" + automation + "/runs",
                Map.of("input", Map.of("pr", 2))).data().get("id").asString();
        String taskId = awaitTaskOfRun(owner, workspace, cancelled).get("id").asString();
        awaitReviewWaiting(owner, workspace, cancelled);
        assertThat(owner.api().post("/api/" + workspace + "/runs/" + cancelled + "/cancel", null).status())
                .isEqualTo(200);
        JsonNode task = owner.api().get("/api/tasks?workspaceId=" + workspace).json().get("tasks").valueStream()
                .filter(t -> t.get("id").asString().equals(taskId)).findFirst().orElseThrow();
        assertThat(task.get("status").asString()).isEqualTo("cancelled");
    }
}
