package skillify.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

@Timeout(value = 5, unit = TimeUnit.SECONDS)
class ReferenceWorkerTest {

    private static final String KEY = "bld_" + "0f".repeat(32);
    private static final String WORKER = "0197a000-0000-7000-8000-00000000000a";
    private static final String TASK = "0197a000-0000-7000-8000-0000000000b1";

    private FakeWorkerServer server;
    private WorkerConfig config;

    @BeforeEach
    void startServer() throws IOException {
        server = new FakeWorkerServer();
        config = WorkerConfig.defaults(server.uri(), KEY)
                .withCapabilities(List.of("shell"))
                .withPollInterval(Duration.ofMillis(50))
                .withReportInterval(Duration.ofMillis(100));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void claimsReportsRunningRunsTheCommandAndReportsItCompleted() throws Exception {
        server.answerClaim(FakeWorkerServer.claimOf(WORKER, TASK, "{\"command\": [\"echo\", \"hello\"]}"));

        List<TaskOutcome> outcomes = new ReferenceWorker(config).runOnce();

        assertThat(outcomes).containsExactly(
                new TaskOutcome(TASK, WORKER, TaskOutcome.Result.COMPLETED, 0, null, true));
        List<FakeWorkerServer.Request> requests = server.requests();
        assertThat(requests).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "POST /api/workers/claim",
                "PATCH /api/workers/" + WORKER,
                "PATCH /api/workers/" + WORKER);
        assertThat(requests).allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + KEY));
        assertThat(requests.get(0).body()).isEqualTo(json("""
                {"capabilities": ["shell"], "maxTasks": 1, "runner": "skillify-worker-cli"}"""));
        assertThat(requests.get(1).body()).isEqualTo(json("""
                {"status": "running", "currentAction": "Running echo hello"}"""));
        assertThat(requests.get(2).body()).isEqualTo(json("""
                {"status": "completed", "progress": 100, "output": {"exitCode": 0, "stdout": "hello\\n", "stderr": ""}}"""));
    }

    @Test
    void claimsWithinTheConfiguredWorkspaceAndUpToMaxTasks() throws Exception {
        UUID workspace = UUID.randomUUID();

        List<TaskOutcome> outcomes = new ReferenceWorker(config.withWorkspace(workspace).withMaxTasks(3)).runOnce();

        assertThat(outcomes).isEmpty();
        assertThat(server.requests().getFirst().body()).isEqualTo(json("""
                {"workspaceId": "%s", "capabilities": ["shell"], "maxTasks": 3, "runner": "skillify-worker-cli"}"""
                .formatted(workspace)));
    }

    @Test
    void aNonZeroExitFailsTheTaskWithTheOutput() throws Exception {
        server.answerClaim(FakeWorkerServer.claimOf(WORKER, TASK,
                "{\"command\": [\"sh\", \"-c\", \"echo out; echo err >&2; exit 3\"]}"));

        List<TaskOutcome> outcomes = new ReferenceWorker(config).runOnce();

        assertThat(outcomes.getFirst().result()).isEqualTo(TaskOutcome.Result.FAILED);
        assertThat(outcomes.getFirst().exitCode()).isEqualTo(3);
        assertThat(server.updateBodies().getLast()).isEqualTo(json("""
                {"status": "failed", "error": "exit code 3",
                 "output": {"exitCode": 3, "stdout": "out\\n", "stderr": "err\\n"}}"""));
    }

    @Test
    void aTaskWithoutACommandFailsWithoutRunningAnything() throws Exception {
        server.answerClaim(FakeWorkerServer.claimOf(WORKER, TASK, "{\"note\": \"no command here\"}"));

        List<TaskOutcome> outcomes = new ReferenceWorker(config).runOnce();

        assertThat(outcomes.getFirst().result()).isEqualTo(TaskOutcome.Result.FAILED);
        assertThat(server.updateBodies()).hasSize(1);
        JsonNode report = server.updateBodies().getFirst();
        assertThat(report.path("status").asString()).isEqualTo("failed");
        assertThat(report.path("error").asString()).startsWith("the task has no context.command");
        assertThat(report.has("output")).isFalse();
    }

    @Test
    void runsInTheTaskDirectoryWithTheTaskEnvironment(@TempDir Path directory) throws Exception {
        server.answerClaim(FakeWorkerServer.claimOf(WORKER, TASK, """
                {"command": ["sh", "-c", "echo \\"$GREETING\\"; pwd"], "workingDirectory": "%s", "env": {"GREETING": "hi there"}}"""
                .formatted(directory.toRealPath())));

        new ReferenceWorker(config).runOnce();

        assertThat(server.updateBodies().getLast().path("output").path("stdout").asString())
                .isEqualTo("hi there\n" + directory.toRealPath() + "\n");
    }

    @Test
    void aCommandStringRunsWithoutAShellSoItsSpecialCharactersArePlainText(@TempDir Path directory)
            throws Exception {
        Path pwned = directory.resolve("pwned");
        server.answerClaim(FakeWorkerServer.claimOf(WORKER, TASK, """
                {"command": "echo $HOME; touch %s && `id` $(id) *"}""".formatted(pwned)));

        List<TaskOutcome> outcomes = new ReferenceWorker(config).runOnce();

        assertThat(outcomes.getFirst().result()).isEqualTo(TaskOutcome.Result.COMPLETED);
        assertThat(server.updateBodies().getLast().path("output").path("stdout").asString())
                .isEqualTo("$HOME; touch " + pwned + " && `id` $(id) *\n");
        assertThat(pwned).doesNotExist();
    }

    @Test
    void aCommandStringWithAnUnclosedQuoteFailsWithoutRunningAnything() throws Exception {
        server.answerClaim(FakeWorkerServer.claimOf(WORKER, TASK, "{\"command\": \"echo 'oops\"}"));

        List<TaskOutcome> outcomes = new ReferenceWorker(config).runOnce();

        assertThat(outcomes.getFirst().result()).isEqualTo(TaskOutcome.Result.FAILED);
        assertThat(server.updateBodies()).hasSize(1);
        assertThat(server.updateBodies().getFirst().path("error").asString())
                .isEqualTo("context.command has an unclosed single quote (')");
    }

    @Test
    void aConflictWithAbortKillsTheCommandAndReportsNothingMore() throws Exception {
        server.answerClaim(FakeWorkerServer.claimOf(WORKER, TASK, "{\"command\": [\"sleep\", \"30\"]}"));
        server.answerUpdates(request -> request.body().has("status")
                ? FakeWorkerServer.acceptUpdate()
                : FakeWorkerServer.revoke("lease expired"));

        List<TaskOutcome> outcomes = new ReferenceWorker(config).runOnce();

        assertThat(outcomes).containsExactly(
                new TaskOutcome(TASK, WORKER, TaskOutcome.Result.REVOKED, null, "lease expired", false));
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
        // runOnce returns only once every task thread it started has ended, so nothing can be sent after this point
        assertThat(server.updateBodies()).containsExactly(
                json("{\"status\": \"running\", \"currentAction\": \"Running sleep 30\"}"),
                json("{\"currentAction\": \"Running sleep 30\"}"));
    }

    @Test
    void anAbortInstructionKillsTheCommandAndReportsItAborted() throws Exception {
        server.answerClaim(FakeWorkerServer.claimOf(WORKER, TASK,
                "{\"command\": [\"sh\", \"-c\", \"echo started; exec sleep 30\"]}"));
        server.answerUpdates(request -> request.body().has("status")
                ? FakeWorkerServer.acceptUpdate()
                : FakeWorkerServer.acceptUpdate("{\"action\": \"abort\", \"timestamp\": \"2025-01-01T00:00:00Z\"}"));

        List<TaskOutcome> outcomes = new ReferenceWorker(config).runOnce();

        assertThat(outcomes.getFirst().result()).isEqualTo(TaskOutcome.Result.ABORTED);
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
        List<JsonNode> reports = server.updateBodies();
        assertThat(reports.get(1)).isEqualTo(json("{\"currentAction\": \"started\"}"));
        assertThat(reports.getLast().path("status").asString()).isEqualTo("failed");
        assertThat(reports.getLast().path("error").asString()).isEqualTo("aborted");
        assertThat(reports.getLast().path("output").path("stdout").asString()).isEqualTo("started\n");
    }

    @Test
    void messagesAndPauseDoNotStopTheTask() throws Exception {
        server.answerClaim(FakeWorkerServer.claimOf(WORKER, TASK, "{\"command\": [\"sleep\", \"0.3\"]}"));
        server.answerUpdates(request -> FakeWorkerServer.acceptUpdate(
                "{\"action\": \"message\", \"text\": \"hello worker\", \"timestamp\": \"2025-01-01T00:00:00Z\"}",
                "{\"action\": \"pause\", \"timestamp\": \"2025-01-01T00:00:00Z\"}"));

        List<TaskOutcome> outcomes = new ReferenceWorker(config).runOnce();

        assertThat(outcomes.getFirst().result()).isEqualTo(TaskOutcome.Result.COMPLETED);
    }

    @Test
    void aTimeoutKillsTheCommandAndFailsTheTask() throws Exception {
        server.answerClaim(FakeWorkerServer.claimOf(WORKER, TASK,
                "{\"command\": [\"sleep\", \"30\"], \"timeoutSeconds\": 0.3}"));

        List<TaskOutcome> outcomes = new ReferenceWorker(config.withReportInterval(Duration.ofMinutes(1))).runOnce();

        assertThat(outcomes.getFirst().result()).isEqualTo(TaskOutcome.Result.FAILED);
        assertThat(outcomes.getFirst().error()).isEqualTo("timed out after 300ms");
        assertThat(server.updateBodies().getLast().path("output").has("exitCode")).isTrue();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void stoppingTheWorkerKillsTheCommandAndReportsTheTaskFailed() throws Exception {
        server.answerClaim(FakeWorkerServer.claimOf(WORKER, TASK, "{\"command\": [\"sleep\", \"30\"]}"));
        ReferenceWorker worker = new ReferenceWorker(config.withReportInterval(Duration.ofMinutes(1)));

        CompletableFuture<List<TaskOutcome>> outcomes = runOnceInBackground(worker);
        awaitRequest(r -> r.method().equals("PATCH"));
        worker.stop();

        assertThat(outcomes.get(2, TimeUnit.SECONDS).getFirst().result()).isEqualTo(TaskOutcome.Result.STOPPED);
        assertThat(server.updateBodies().getLast().path("error").asString()).isEqualTo("worker stopped");
        assertThat(worker.awaitFinished(Duration.ZERO)).isTrue();
    }

    @Test
    void anAccountAtItsLimitHasNothingToDo() throws Exception {
        server.answerClaim(new FakeWorkerServer.Reply(429,
                "{\"success\":false,\"error\":\"Max concurrent workers limit reached\",\"limit\":3,\"current\":3}"));

        assertThat(new ReferenceWorker(config).runOnce()).isEmpty();
    }

    @Test
    void aRejectedKeyIsARefusal() {
        server.answerClaim(new FakeWorkerServer.Reply(401, "{\"success\":false,\"error\":\"Unauthorized\"}"));

        assertThatThrownBy(() -> new ReferenceWorker(config).runOnce())
                .isInstanceOf(IOException.class)
                .hasMessage("POST /api/workers/claim answered 401: Unauthorized")
                .matches(e -> ReferenceWorker.isRefusal((IOException) e));
    }

    @Test
    void theLoopKeepsClaimingUntilStopped() throws Exception {
        server.answerClaim(FakeWorkerServer.claimOf(WORKER, TASK, "{\"command\": [\"true\"]}"));
        ReferenceWorker worker = new ReferenceWorker(config);
        CompletableFuture<Void> loop = CompletableFuture.runAsync(() -> {
            try {
                worker.run();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        try {
            awaitRequest(r -> r.body().path("status").asString("").equals("completed"));
            awaitRequest(r -> server.requests().stream().filter(c -> c.path().equals("/api/workers/claim")).count() >= 2);
        } finally {
            worker.stop();
        }

        loop.get(2, TimeUnit.SECONDS);
        assertThat(worker.awaitFinished(Duration.ZERO)).isTrue();
        assertThat(server.updateBodies()).extracting(body -> body.path("status").asString(""))
                .containsExactly("running", "completed");
    }

    private static CompletableFuture<List<TaskOutcome>> runOnceInBackground(ReferenceWorker worker) {
        CompletableFuture<List<TaskOutcome>> outcomes = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                outcomes.complete(worker.runOnce());
            } catch (Exception e) {
                outcomes.completeExceptionally(e);
            }
        });
        return outcomes;
    }

    private void awaitRequest(Predicate<FakeWorkerServer.Request> wanted) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(() -> server.requests().stream().anyMatch(wanted));
    }

    private static JsonNode json(String text) {
        return FakeWorkerServer.JSON.readTree(text);
    }
}
