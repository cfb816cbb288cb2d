package io.skillify.realtime.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.domain.AutomationId;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepStatus;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.run.domain.event.RunStarted;
import io.skillify.run.domain.event.RunStepsChanged;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.FlowStepOrigin;
import io.skillify.worker.domain.Instruction;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.WorkerCommand;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.WorkerStatus;
import io.skillify.worker.domain.event.TaskCancelled;
import io.skillify.worker.domain.event.TaskClaimed;
import io.skillify.worker.domain.event.TaskCompleted;
import io.skillify.worker.domain.event.TaskCreated;
import io.skillify.worker.domain.event.TaskFailed;
import io.skillify.worker.domain.event.TaskReassigned;
import io.skillify.workspace.domain.event.WorkspaceRenamed;
import io.skillify.worker.domain.event.WorkerCommanded;
import io.skillify.worker.domain.event.WorkerEnded;
import io.skillify.worker.domain.event.WorkerProgressed;
import io.skillify.worker.domain.event.WorkerStarted;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which channels, names and payloads each domain event becomes (contract §6). */
class RealtimeMessagesTest {

    static final WorkspaceId WORKSPACE = new WorkspaceId(UUID.randomUUID());
    static final TaskId TASK = new TaskId(UUID.randomUUID());
    static final WorkerId WORKER = new WorkerId(UUID.randomUUID());
    static final RunId RUN = new RunId(UUID.randomUUID());
    static final AutomationId AUTOMATION = new AutomationId(UUID.randomUUID());
    static final Instant AT = Instant.parse("2026-12-07T10:15:30.123Z");

    final RealtimeMessages publicChannels = new RealtimeMessages(WorkspaceChannels.PUBLIC);

    @Test
    void aCreatedTaskGoesToItsWorkspaceAndItsOwnChannel_pendingWithItsTime() {
        List<RealtimeMessage> messages = publicChannels.of(new TaskCreated(WORKSPACE, TASK, AT));

        assertThat(messages).extracting(RealtimeMessage::channel)
                .containsExactly("workspace-" + WORKSPACE.value(), "task-" + TASK.value());
        assertThat(messages).allSatisfy(message -> {
            assertThat(message.name()).isEqualTo("task:created");
            assertThat(message.data()).containsExactly(Map.entry("taskId", TASK.value().toString()),
                    Map.entry("status", "pending"), Map.entry("updatedAt", "2026-12-07T10:15:30.123Z"));
        });
    }

    @Test
    void aClaimNamesTheWorker_assigned() {
        RealtimeMessage message = publicChannels.of(new TaskClaimed(WORKSPACE, TASK, WORKER,
                new AccountId(UUID.randomUUID()), AT)).getFirst();

        assertThat(message.name()).isEqualTo("task:claimed");
        assertThat(message.data()).containsEntry("workerId", WORKER.value().toString())
                .containsEntry("status", "assigned").doesNotContainKey("accountId");
    }

    @Test
    void aTaskEndIsCompletedFailedOrCancelled_andAFlowsTaskNamesItsRun() {
        FlowStepOrigin origin = new FlowStepOrigin(RUN.value(), "review");
        RealtimeMessage completed = publicChannels.of(new TaskCompleted(WORKSPACE, TASK, Optional.of(origin), AT))
                .getFirst();
        RealtimeMessage failed = publicChannels.of(new TaskFailed(WORKSPACE, TASK, "tests failed", Optional.empty(),
                AT)).getFirst();
        RealtimeMessage cancelled = publicChannels.of(new TaskCancelled(WORKSPACE, TASK, Optional.empty(), AT))
                .getFirst();

        assertThat(completed.name()).isEqualTo("task:completed");
        assertThat(completed.data()).containsEntry("status", "completed")
                .containsEntry("runId", RUN.value().toString()).containsEntry("nodeId", "review");
        assertThat(failed.name()).isEqualTo("task:failed");
        assertThat(failed.data()).containsEntry("status", "failed").containsEntry("error", "tests failed")
                .doesNotContainKey("runId");
        assertThat(cancelled.name()).isEqualTo("task:cancelled");
        assertThat(cancelled.data()).containsEntry("status", "cancelled");
    }

    @Test
    void aTaskPutBackUpForClaimsIsPendingAgain_namingTheWorkerItWasTakenFrom() {
        RealtimeMessage message = publicChannels.of(new TaskReassigned(WORKSPACE, TASK, WORKER, AT)).getFirst();

        assertThat(message.name()).isEqualTo("task:reassigned");
        assertThat(message.data()).containsEntry("status", "pending")
                .containsEntry("previousWorkerId", WORKER.value().toString());
    }

    @Test
    void workerEventsGoToTheWorkspaceTheWorkerAndItsTask() {
        List<RealtimeMessage> started = publicChannels.of(new WorkerStarted(WORKSPACE, WORKER, TASK, AT));

        assertThat(started).extracting(RealtimeMessage::channel).containsExactly("workspace-" + WORKSPACE.value(),
                "worker-" + WORKER.value(), "task-" + TASK.value());
        assertThat(started.getFirst().name()).isEqualTo("worker:started");
        assertThat(started.getFirst().data()).containsEntry("status", "running")
                .containsEntry("taskId", TASK.value().toString());
    }

    @Test
    void progressCarriesStatusProgressCostAndTurns() {
        RealtimeMessage message = publicChannels.of(new WorkerProgressed(WORKSPACE, WORKER, TASK,
                WorkerStatus.WAITING_INPUT, 40, new BigDecimal("0.25"), 7, AT)).getFirst();

        assertThat(message.name()).isEqualTo("worker:progress");
        assertThat(message.data()).containsEntry("status", "waiting_input").containsEntry("progress", 40)
                .containsEntry("costUsd", new BigDecimal("0.25")).containsEntry("turns", 7);
    }

    @Test
    void aWorkerEndIsCompletedOrFailed() {
        RealtimeMessage completed = publicChannels.of(new WorkerEnded(WORKSPACE, WORKER, TASK, null,
                WorkerStatus.COMPLETED, null, BigDecimal.ONE, 3, AT, AT)).getFirst();
        RealtimeMessage failed = publicChannels.of(new WorkerEnded(WORKSPACE, WORKER, TASK, null,
                WorkerStatus.FAILED, "lease expired", null, null, null, AT)).getFirst();

        assertThat(completed.name()).isEqualTo("worker:completed");
        assertThat(completed.data()).containsEntry("status", "completed").doesNotContainKey("error");
        assertThat(failed.name()).isEqualTo("worker:failed");
        assertThat(failed.data()).containsEntry("error", "lease expired").doesNotContainKeys("costUsd", "turns");
    }

    @Test
    void aCommandGoesToItsWorkerOnly() {
        List<RealtimeMessage> messages = publicChannels.of(new WorkerCommanded(WORKSPACE, WORKER,
                new Instruction(WorkerCommand.MESSAGE, "rebase first", AT)));

        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo("worker-" + WORKER.value());
            assertThat(message.name()).isEqualTo("worker:command");
            assertThat(message.data()).containsEntry("action", "message").containsEntry("text", "rebase first");
        });
    }

    @Test
    void aRunsStartAndEndGoToTheWorkspaceAndTheRun_namedByHowItEnded() {
        List<RealtimeMessage> started = publicChannels.of(new RunStarted(WORKSPACE, RUN, AUTOMATION, 1, AT, AT));

        assertThat(started).extracting(RealtimeMessage::channel)
                .containsExactly("workspace-" + WORKSPACE.value(), "run-" + RUN.value());
        assertThat(started.getFirst().name()).isEqualTo("run:started");
        assertThat(started.getFirst().data()).containsEntry("status", "running")
                .containsEntry("automationId", AUTOMATION.value().toString());
        assertThat(publicChannels.of(finished(RunStatus.SUCCEEDED, null)).getFirst().name()).isEqualTo("run:completed");
        assertThat(publicChannels.of(finished(RunStatus.FAILED, "step x failed")).getFirst().data())
                .containsEntry("status", "failed").containsEntry("error", "step x failed")
                .containsEntry("durationMs", 1500L);
        assertThat(publicChannels.of(finished(RunStatus.FAILED, "boom")).getFirst().name()).isEqualTo("run:failed");
        assertThat(publicChannels.of(finished(RunStatus.CANCELLED, null)).getFirst().name()).isEqualTo("run:cancelled");
    }

    @Test
    void everyStepChangeIsOneRunStepOnTheRunsChannelOnly() {
        List<RealtimeMessage> messages = publicChannels.of(new RunStepsChanged(WORKSPACE, RUN, List.of(
                new RunStepsChanged.Change("fetch", "http.request", StepStatus.SUCCEEDED, 1, AT),
                new RunStepsChanged.Change("notify", "transform", StepStatus.RUNNING, 1, AT))));

        assertThat(messages).extracting(RealtimeMessage::channel).containsOnly("run-" + RUN.value());
        assertThat(messages).extracting(RealtimeMessage::name).containsOnly("run:step");
        assertThat(messages).extracting(message -> message.data().get("nodeId") + "=" + message.data().get("status"))
                .containsExactly("fetch=succeeded", "notify=running");
    }

    @Test
    void privateModeUsesTheMembersOnlyWorkspaceChannel_bothModeUsesBoth() {
        TaskCreated created = new TaskCreated(WORKSPACE, TASK, AT);

        assertThat(new RealtimeMessages(WorkspaceChannels.PRIVATE).of(created)).extracting(RealtimeMessage::channel)
                .containsExactly("private-workspace-" + WORKSPACE.value(), "task-" + TASK.value());
        assertThat(new RealtimeMessages(WorkspaceChannels.BOTH).of(created)).extracting(RealtimeMessage::channel)
                .containsExactly("workspace-" + WORKSPACE.value(), "private-workspace-" + WORKSPACE.value(),
                        "task-" + TASK.value());
    }

    @Test
    void aLongErrorIsShortenedSoThePayloadStaysSmall() {
        String error = "x".repeat(9_000);

        RealtimeMessage message = publicChannels.of(finished(RunStatus.FAILED, error)).getFirst();

        assertThat((String) message.data().get("error")).hasSizeLessThanOrEqualTo(RealtimeMessages.MAX_ERROR_LENGTH)
                .endsWith("…");
    }

    @Test
    void anEventRealtimeDoesNotAnnounceBecomesNothing() {
        assertThat(publicChannels.of(new WorkspaceRenamed(WORKSPACE, "new name"))).isEmpty();
    }

    private static RunFinished finished(RunStatus status, String error) {
        return new RunFinished(WORKSPACE, RUN, AUTOMATION, 1, status, error, AT, AT, AT.plusMillis(1500), 1500,
                List.of());
    }
}
