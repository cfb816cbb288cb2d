package io.skillify.realtime;

import static io.skillify.support.Flows.edge;
import static io.skillify.support.Flows.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.realtime.adapter.out.pusher.testing.FakePusher;
import io.skillify.realtime.adapter.out.pusher.testing.FakePusher.ReceivedEvent;
import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import io.skillify.support.Runs;
import io.skillify.support.TestPusher;
import io.skillify.support.Workers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Every event of contract §6 reaches Pusher from the outbox, signed as Pusher requires (the test endpoint refuses
 * anything else), on its channels, with its name and payload.
 */
class PusherEventsTest extends IntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    private final FakePusher pusher = TestPusher.get();

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void pusher(DynamicPropertyRegistry registry) {
        TestPusher.register(registry);
        registry.add("skillify.workers.max-attempts", () -> 1);
    }

    @Test
    void aTasksLifeFromCreationToCompletion_onTheWorkspaceTheTaskAndTheWorkerChannels() {
        Caller owner = newAccount("pusher-life");
        UUID workspace = newWorkspace(owner);
        String task = createTask(owner, workspace);

        ReceivedEvent created = await("workspace-" + workspace, "task:created", task);
        assertThat(created.data().get("status").asString()).isEqualTo("pending");
        assertThat(created.data().get("updatedAt").asString()).isNotBlank();
        await("task-" + task, "task:created", task);

        String worker = claim(owner, workspace);
        ReceivedEvent claimed = await("task-" + task, "task:claimed", task);
        assertThat(claimed.data().get("workerId").asString()).isEqualTo(worker);
        assertThat(claimed.data().get("status").asString()).isEqualTo("assigned");

        report(owner, worker, Map.of("status", "running"));
        assertThat(await("worker-" + worker, "worker:started", task).data().get("status").asString())
                .isEqualTo("running");
        report(owner, worker, Map.of("progress", 40, "costUsd", 0.5, "turns", 3));
        ReceivedEvent progress = pusher.awaitEvent(event -> event.channel().equals("worker-" + worker)
                && event.name().equals("worker:progress") && event.data().get("progress").asInt() == 40);
        assertThat(progress.data().get("costUsd").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(progress.data().get("turns").asInt()).isEqualTo(3);

        ApiResponse commanded = owner.api().post("/api/workers/" + worker + "/cmd",
                Map.of("action", "message", "text", "rebase first"));
        assertThat(commanded.status()).as(commanded.toString()).isEqualTo(200);
        ReceivedEvent command = pusher.awaitEvent(event -> event.channel().equals("worker-" + worker)
                && event.name().equals("worker:command"));
        assertThat(command.data().get("action").asString()).isEqualTo("message");
        assertThat(command.data().get("text").asString()).isEqualTo("rebase first");
        assertThat(command.data().get("timestamp").asString()).isNotBlank();
        assertThat(pusher.events()).filteredOn(event -> event.name().equals("worker:command")
                && event.data().get("workerId").asString().equals(worker))
                .as("a command goes to its worker only").extracting(ReceivedEvent::channel)
                .containsOnly("worker-" + worker);

        report(owner, worker, Map.of("status", "completed", "costUsd", 1.25, "turns", 9));
        ReceivedEvent done = await("worker-" + worker, "worker:completed", task);
        assertThat(done.data().get("status").asString()).isEqualTo("completed");
        assertThat(done.data().get("costUsd").decimalValue()).isEqualByComparingTo("1.25");
        assertThat(await("workspace-" + workspace, "task:completed", task).data().get("status").asString())
                .isEqualTo("completed");
        await("task-" + task, "worker:completed", task);
    }

    @Test
    void aWorkerThatFailsItsLastAttemptFailsItsTask_withTheError() {
        Caller owner = newAccount("pusher-fail");
        UUID workspace = newWorkspace(owner);
        String task = createTask(owner, workspace);
        String worker = claim(owner, workspace);

        report(owner, worker, Map.of("status", "failed", "error", "tests are red"));

        ReceivedEvent failedWorker = await("worker-" + worker, "worker:failed", task);
        assertThat(failedWorker.data().get("error").asString()).isEqualTo("tests are red");
        ReceivedEvent failedTask = await("task-" + task, "task:failed", task);
        assertThat(failedTask.data().get("status").asString()).isEqualTo("failed");
    }

    @Test
    void aRunsStartEveryStepChangeAndItsEnd_onTheRunsChannel() {
        Caller owner = newAccount("pusher-run");
        UUID workspace = newWorkspace(owner);
        String automation = automation(owner, workspace, List.of(node("start", "trigger.manual", Map.of()),
                node("say", "notify.log", Map.of("message", "hello"))), List.of(edge("e1", "start", "say", null)));

        String run = Runs.start(owner.api(), workspace, automation, null);

        assertThat(Runs.awaitEnd(owner.api(), workspace, run, WITHIN).get("status").asString()).isEqualTo("succeeded");
        ReceivedEvent started = await("run-" + run, "run:started", run);
        assertThat(started.data().get("automationId").asString()).isEqualTo(automation);
        await("workspace-" + workspace, "run:started", run);
        ReceivedEvent completed = await("run-" + run, "run:completed", run);
        assertThat(completed.data().get("status").asString()).isEqualTo("succeeded");
        assertThat(completed.data().get("durationMs").asLong()).isNotNegative();
        await("workspace-" + workspace, "run:completed", run);
        List<ReceivedEvent> steps = pusher.awaitEvents(event -> event.channel().equals("run-" + run)
                && event.name().equals("run:step") && event.data().get("status").asString().equals("succeeded"),
                2, WITHIN);
        assertThat(steps).extracting(step -> step.data().get("nodeId").asString())
                .containsExactlyInAnyOrder("start", "say");
        assertThat(pusher.events()).filteredOn(event -> event.name().equals("run:step")
                && event.data().get("runId").asString().equals(run))
                .as("run:step goes to the run's channel only").extracting(ReceivedEvent::channel)
                .containsOnly("run-" + run);
    }

    @Test
    void aCancelledRunAndItsWorkerTask_areAnnouncedCancelled() {
        Caller owner = newAccount("pusher-cancel");
        UUID workspace = newWorkspace(owner);
        String automation = automation(owner, workspace, List.of(node("start", "trigger.manual", Map.of()),
                node("work", "worker.task", Map.of("title", "wait for me"))), List.of(edge("e1", "start", "work", null)));
        String run = Runs.start(owner.api(), workspace, automation, null);
        String task = Workers.awaitTaskOfRun(owner.api(), workspace, run).get("id").asString();

        ApiResponse cancelled = owner.api().post("/api/" + workspace + "/runs/" + run + "/cancel", Map.of());
        assertThat(cancelled.status()).as(cancelled.toString()).isLessThan(300);

        assertThat(await("run-" + run, "run:cancelled", run).data().get("status").asString()).isEqualTo("cancelled");
        ReceivedEvent taskCancelled = await("task-" + task, "task:cancelled", task);
        assertThat(taskCancelled.data().get("runId").asString()).isEqualTo(run);
        pusher.awaitEvent(event -> event.channel().equals("run-" + run) && event.name().equals("run:step")
                && event.data().get("nodeId").asString().equals("work")
                && event.data().get("status").asString().equals("cancelled"));
    }

    @Test
    void archivedEventsMovedBackIntoTheOutboxAreSentAgain_asDocsRealtimeSays() throws Exception {
        Caller owner = newAccount("pusher-replay");
        UUID workspace = newWorkspace(owner);
        String task = createTask(owner, workspace);
        await("task-" + task, "task:created", task);
        Awaitility.await().atMost(WITHIN).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication_archive where serialized_event like ?", Long.class,
                "%" + task + "%") > 0);

        String replay = Files.readString(Path.of("..", "docs", "realtime.md"))
                .split("```sql\n")[1].split("```")[0];
        jdbc.execute(replay.replace("interval '1 hour'", "interval '1 hour' and serialized_event like '%" + task
                + "%'"));

        pusher.awaitEvents(event -> event.channel().equals("task-" + task) && event.name().equals("task:created"), 2,
                WITHIN);
    }

    private ReceivedEvent await(String channel, String name, String id) {
        return pusher.awaitEvents(event -> event.channel().equals(channel) && event.name().equals(name)
                && (id.equals(text(event.data(), "taskId")) || id.equals(text(event.data(), "runId"))), 1, WITHIN)
                .getFirst();
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null ? null : value.asString();
    }

    static String createTask(Caller owner, UUID workspace) {
        ApiResponse created = owner.api().post("/api/tasks", Map.of("workspaceId", workspace.toString(),
                "title", "realtime"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static String claim(Caller owner, UUID workspace) {
        ApiResponse claimed = owner.api().post("/api/workers/claim", Map.of("workspaceId", workspace.toString(),
                "maxTasks", 1));
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        return claimed.json().get("workers").get(0).get("id").asString();
    }

    private static void report(Caller owner, String worker, Map<String, Object> report) {
        ApiResponse answered = owner.api().patch("/api/workers/" + worker, report);
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
    }

    private static String automation(Caller owner, UUID workspace, List<Map<String, Object>> nodes,
                                     List<Map<String, Object>> edges) {
        ApiResponse created = owner.api().post("/api/" + workspace + "/automations", Map.of("name", "realtime",
                "flow", Map.of("nodes", nodes, "edges", edges)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().get("id").asString();
    }
}
