package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import io.skillify.support.Workers;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import skillify.worker.ReferenceWorker;
import skillify.worker.TaskOutcome;
import skillify.worker.WorkerConfig;
import tools.jackson.databind.JsonNode;

/**
 * Contract §9 "Workers' commands": a run input filled into a worker.task command is one argument, never shell
 * code, from the flow's task through the reference worker.
 */
class WorkerCommandTest extends IntegrationTest {

    @TempDir
    Path scratch;

    @Test
    void aRunInputFilledIntoACommandStringStaysOneArgumentAndIsNeverRunByAShell() throws Exception {
        Path pwned = scratch.resolve("pwned");
        Caller owner = newAccount("command-author");
        UUID workspace = newWorkspace(owner);
        String automation = workerFlow(owner, workspace, Map.of("command", "echo {{input.v}}"));
        String value = "a; touch " + pwned + " && `touch " + pwned + "` $(touch " + pwned + ")";

        String runId = startRun(owner, workspace, automation, value);
        JsonNode task = awaitTaskOfRun(owner, workspace, runId);
        assertThat(task.get("context").get("command").isArray()).as(task.toString()).isTrue();
        assertThat(task.get("context").get("command").valueStream().map(JsonNode::asString).toList())
                .containsExactly("echo", value);

        JsonNode run = runWorker(owner, workspace, runId);
        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("succeeded");
        assertThat(stepOutput(run).get("stdout").asString()).isEqualTo(value + "\n");
        assertThat(pwned).doesNotExist();
    }

    @Test
    void valuesReachAShellScriptSafelyThroughTheEnvironment() throws Exception {
        Path pwned = scratch.resolve("pwned-through-env");
        Caller owner = newAccount("env-author");
        UUID workspace = newWorkspace(owner);
        String automation = workerFlow(owner, workspace, Map.of(
                "command", List.of("sh", "-c", "printf '%s' \"$VALUE\""),
                "env", Map.of("VALUE", "{{input.v}}")));
        String value = "\"; touch " + pwned + "; echo \"$(touch " + pwned + ")";

        String runId = startRun(owner, workspace, automation, value);
        JsonNode task = awaitTaskOfRun(owner, workspace, runId);
        assertThat(task.get("context").get("env").get("VALUE").asString()).isEqualTo(value);

        JsonNode run = runWorker(owner, workspace, runId);
        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("succeeded");
        assertThat(stepOutput(run).get("stdout").asString()).isEqualTo(value);
        assertThat(pwned).doesNotExist();
    }

    @Test
    void aTemplateInAShellScriptIsRefusedWhenTheFlowIsSaved() {
        Caller owner = newAccount("shell-author");
        UUID workspace = newWorkspace(owner);
        for (Object command : List.of(
                List.of("sh", "-c", "deploy {{input.v}}"),
                "bash -lc 'deploy \"{{input.v}}\"'")) {
            ApiResponse refused = assertError(saveWorkerFlow(owner, workspace, Map.of("command", command)), 400);
            assertThat(detailPaths(refused)).containsExactly("nodes[1].data.context.command");
            assertThat(refused.raw()).contains("shell script").contains("context.env");
        }
    }

    @Test
    void aCommandStringThatCannotBeSplitIsRefusedWhenTheFlowIsSaved() {
        Caller owner = newAccount("quote-author");
        UUID workspace = newWorkspace(owner);

        ApiResponse refused = assertError(saveWorkerFlow(owner, workspace,
                Map.of("command", "echo '{{input.v}}")), 400);

        assertThat(detailPaths(refused)).containsExactly("nodes[1].data.context.command");
        assertThat(refused.raw()).contains("unclosed single quote");
    }

    private static ApiResponse saveWorkerFlow(Caller owner, UUID workspace, Map<String, Object> context) {
        return owner.api().post("/api/" + workspace + "/automations", Map.of("name", "command", "flow",
                Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("work", "worker.task", Map.of("title", "Work",
                                        "requiredCapabilities", List.of("shell"), "context", context))),
                        "edges", List.of(edge("e1", "start", "work", null)))));
    }

    private static String workerFlow(Caller owner, UUID workspace, Map<String, Object> context) {
        ApiResponse saved = saveWorkerFlow(owner, workspace, context);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        return saved.data().get("id").asString();
    }

    private static String startRun(Caller owner, UUID workspace, String automation, String value) {
        return owner.api().post("/api/" + workspace + "/automations/" + automation + "/runs",
                Map.of("input", Map.of("v", value))).data().get("id").asString();
    }

    private JsonNode runWorker(Caller owner, UUID workspace, String runId) throws Exception {
        List<TaskOutcome> outcomes = new ReferenceWorker(WorkerConfig.defaults(URI.create(baseUrl()), owner.key())
                .withCapabilities(List.of("shell")).withWorkspace(workspace)).runOnce();
        assertThat(outcomes).hasSize(1);
        return awaitEnd(owner.api(), workspace, runId, Duration.ofSeconds(15));
    }

    private static JsonNode stepOutput(JsonNode run) {
        return run.get("steps").valueStream().filter(s -> s.get("nodeId").asString().equals("work"))
                .findFirst().orElseThrow().get("output");
    }

    private static JsonNode awaitTaskOfRun(Caller caller, UUID workspace, String runId) throws InterruptedException {
        return Workers.awaitTaskOfRun(caller.api(), workspace, runId);
    }
}
