package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static io.skillify.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CancelRunTest extends IntegrationTest {

    @Test
    void aWaitingRunIsCancelledAtOnceAndStaysCancelledWhileAFinishedRunConflicts() throws Exception {
        Caller member = newAccount("canceller");
        UUID workspace = newWorkspace(member);
        String automation = member.api().post("/api/" + workspace + "/automations", Map.of("name", "slow", "flow",
                Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("wait", "flow.delay", Map.of("duration", "1s")),
                                node("after", "notify.log", Map.of("message", "too late"))),
                        "edges", List.of(edge("e1", "start", "wait", null), edge("e2", "wait", "after", null)))))
                .data().get("id").asString();
        String runId = member.api().post("/api/" + workspace + "/automations/" + automation + "/runs", Map.of())
                .data().get("id").asString();

        ApiResponse cancelled = member.api().post("/api/" + workspace + "/runs/" + runId + "/cancel", null);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.data().get("status").asString()).isEqualTo("cancelled");

        // a witness run started after the cancel: once its own 1 s delay has woken it and it has ended, the
        // cancelled run's earlier timer has come due too, and had it been woken its "after" step would show
        String witness = member.api().post("/api/" + workspace + "/automations/" + automation + "/runs", Map.of())
                .data().get("id").asString();
        assertThat(awaitEnd(member.api(), workspace, witness, Duration.ofSeconds(15)).get("status").asString())
                .isEqualTo("succeeded");
        JsonNode run = awaitEnd(member.api(), workspace, runId, Duration.ofSeconds(5));
        assertThat(run.get("status").asString()).isEqualTo("cancelled");
        assertThat(run.get("steps").valueStream().filter(s -> s.get("nodeId").asString().equals("after"))
                .map(s -> s.get("status").asString()).findFirst()).hasValueSatisfying(
                status -> assertThat(status).isIn("cancelled"));
        assertThat(member.api().get("/api/" + workspace + "/runs/" + runId + "/logs").raw())
                .contains("Run cancelled").doesNotContain("too late");

        assertError(member.api().post("/api/" + workspace + "/runs/" + runId + "/cancel", null), 409);
        assertError(member.api().post("/api/" + workspace + "/runs/" + UUID.randomUUID() + "/cancel", null), 404);
    }

    /** Cancels racing the engine: a run the API reported cancelled stays cancelled, never completed over it. */
    @Test
    void cancellationsRacingTheEngineAreNeverOverwritten() throws Exception {
        Caller member = newAccount("racer");
        UUID workspace = newWorkspace(member);
        String automation = member.api().post("/api/" + workspace + "/automations", Map.of("name", "fast", "flow",
                Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("a", "data.transform", Map.of("set", Map.of("x", "1"))),
                                node("b", "notify.log", Map.of("message", "done"))),
                        "edges", List.of(edge("e1", "start", "a", null), edge("e2", "a", "b", null)))))
                .data().get("id").asString();
        List<String> cancelledByApi = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> all = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<?>> tasks = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                tasks.add(pool.submit(() -> {
                    String runId = member.api().post("/api/" + workspace + "/automations/" + automation + "/runs",
                            Map.of()).data().get("id").asString();
                    all.add(runId);
                    ApiResponse cancel = member.api().post("/api/" + workspace + "/runs/" + runId + "/cancel", null);
                    assertThat(cancel.status()).as(cancel.toString()).isIn(200, 409);
                    if (cancel.status() == 200) {
                        cancelledByApi.add(runId);
                    }
                }));
            }
            for (var task : tasks) {
                task.get();
            }
        }
        for (String runId : all) {
            awaitEnd(member.api(), workspace, runId, Duration.ofSeconds(20));
        }
        // a witness run started after all have ended: once it has succeeded, the engine has moved past them
        String witness = member.api().post("/api/" + workspace + "/automations/" + automation + "/runs", Map.of())
                .data().get("id").asString();
        assertThat(awaitEnd(member.api(), workspace, witness, Duration.ofSeconds(20)).get("status").asString())
                .isEqualTo("succeeded");
        for (String runId : all) {
            String status = member.api().get("/api/" + workspace + "/runs/" + runId).data().get("status").asString();
            if (cancelledByApi.contains(runId)) {
                assertThat(status).as("run %s was cancelled by the API", runId).isEqualTo("cancelled");
            } else {
                assertThat(status).isEqualTo("succeeded");
            }
        }
    }
}
