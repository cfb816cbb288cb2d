package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.support.IntegrationTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import skillify.worker.ReferenceWorker;
import skillify.worker.TaskOutcome;
import skillify.worker.WorkerConfig;
import tools.jackson.databind.JsonNode;

/** The reference worker (module worker-cli, HTTP only) carries out a flow's worker.task step end to end. */
class ReferenceWorkerFlowTest extends IntegrationTest {

    @Test
    void aFlowWithAWorkerTaskCompletesWhenTheReferenceWorkerCompletesItsTask() throws Exception {
        Caller owner = newAccount("flow-author");
        Caller bot = newAccount("shell-runner");
        UUID workspace = newWorkspace(owner);
        addMember(owner, workspace, bot, "member");
        String automation = owner.api().post("/api/" + workspace + "/automations", Map.of("name", "greet", "flow",
                Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("greet", "worker.task", Map.of("title", "Greet",
                                        "requiredCapabilities", List.of("shell"),
                                        "context", Map.of("command", List.of("echo", "hello from a flow")))),
                                node("report", "notify.log", Map.of("message",
                                        "worker said {{steps.greet.output.stdout}}"))),
                        "edges", List.of(edge("e1", "start", "greet", null), edge("e2", "greet", "report", null)))))
                .data().get("id").asString();
        String runId = owner.api().post("/api/" + workspace + "/automations/" + automation + "/runs", Map.of())
                .data().get("id").asString();
        awaitTask(owner, workspace);

        List<TaskOutcome> outcomes = new ReferenceWorker(WorkerConfig.defaults(URI.create(baseUrl()), bot.key())
                .withCapabilities(List.of("shell"))).runOnce();

        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.getFirst().result()).isEqualTo(TaskOutcome.Result.COMPLETED);
        JsonNode run = awaitEnd(owner.api(), workspace, runId, Duration.ofSeconds(15));
        assertThat(run.get("status").asString()).isEqualTo("succeeded");
        JsonNode greet = run.get("steps").valueStream().filter(s -> s.get("nodeId").asString().equals("greet"))
                .findFirst().orElseThrow();
        assertThat(greet.get("output").get("exitCode").asInt()).isZero();
        assertThat(greet.get("output").get("stdout").asString()).isEqualTo("hello from a flow\n");
        assertThat(owner.api().get("/api/" + workspace + "/runs/" + runId + "/logs").raw())
                .contains("worker said hello from a flow");
    }

    private static void awaitTask(Caller caller, UUID workspace) throws InterruptedException {
        await("the flow creates a task").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> !caller.api().get("/api/tasks?workspaceId=" + workspace + "&status=pending").json()
                        .get("tasks").isEmpty());
    }
}
