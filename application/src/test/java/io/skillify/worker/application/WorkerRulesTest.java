package io.skillify.worker.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.ForbiddenException;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.worker.application.port.in.UpdateWorkerUseCase.Reported;
import io.skillify.worker.domain.Instruction;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskStatus;
import io.skillify.worker.domain.Worker;
import io.skillify.worker.domain.WorkerCommand;
import io.skillify.worker.domain.WorkerEndedException;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.WorkerStatus;
import io.skillify.worker.domain.WorkerUpdate;
import io.skillify.worker.domain.event.TaskCompleted;
import io.skillify.worker.domain.event.TaskCreated;
import io.skillify.worker.domain.event.WorkerCommanded;
import io.skillify.worker.domain.event.WorkerEnded;
import io.skillify.worker.domain.event.WorkerStarted;
import io.skillify.workspace.domain.Role;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Workers' reports, heartbeats and commands, and the task routes, against in-memory ports. */
class WorkerRulesTest {

    private final WorkerUseCases app = new WorkerUseCases();
    private final AccountId bot = app.member(Role.MEMBER);

    @Test
    void onlyTheClaimingAccountReadsItsWorker() {
        Worker worker = app.claimed(bot);
        AccountId someoneElse = app.member(Role.OWNER);

        assertThat(app.queries.worker(bot, worker.id()).task().id()).isEqualTo(worker.taskId());
        assertThatThrownBy(() -> app.queries.worker(someoneElse, worker.id()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aReportOfAnUnknownWorkerIsNotFound() {
        assertThatThrownBy(() -> app.update.update(bot, new WorkerId(UUID.randomUUID()), () -> report(null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aWorkerOfADeletedWorkspaceIsToldToStop() {
        WorkerId gone = new WorkerId(UUID.randomUUID());
        app.retired.retire(gone, "workspace deleted");

        assertThatThrownBy(() -> app.update.update(bot, gone, () -> report(null)))
                .isInstanceOfSatisfying(WorkerEndedException.class, ended -> assertThat(ended.extras())
                        .containsEntry("abort", true).containsEntry("reason", "workspace deleted"));
    }

    @Test
    void anEndedWorkerIsToldToStopBeforeItsReportIsRead() {
        Worker worker = app.claimed(bot);
        app.update.update(bot, worker.id(), () -> report(WorkerStatus.FAILED));
        AtomicBoolean read = new AtomicBoolean();

        assertThatThrownBy(() -> app.update.update(bot, worker.id(), () -> {
            read.set(true);
            return report(null);
        })).isInstanceOf(WorkerEndedException.class);
        assertThat(read).isFalse();
    }

    @Test
    void aReportFromAnotherAccountIsRefused() {
        Worker worker = app.claimed(bot);

        assertThatThrownBy(() -> app.update.update(app.member(Role.OWNER), worker.id(), () -> report(null)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aRunningReportStartsTheTaskAndRenewsTheLease() {
        Worker worker = app.claimed(bot);

        Reported reported = app.update.update(bot, worker.id(), () -> report(WorkerStatus.RUNNING));

        assertThat(reported.worker().status()).isEqualTo(WorkerStatus.RUNNING);
        assertThat(app.tasks.find(worker.taskId()).orElseThrow().status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(app.events.of(WorkerStarted.class)).hasSize(1);
    }

    @Test
    void aCompletedReportCompletesTheTaskAndEndsTheWorker() {
        Worker worker = app.claimed(bot);

        app.update.update(bot, worker.id(), () -> report(WorkerStatus.COMPLETED));

        assertThat(app.tasks.find(worker.taskId()).orElseThrow().status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(app.events.of(TaskCompleted.class)).hasSize(1);
        assertThat(app.events.of(WorkerEnded.class)).singleElement()
                .satisfies(ended -> assertThat(ended.status()).isEqualTo(WorkerStatus.COMPLETED));
    }

    @Test
    void aReportCarriesBackTheInstructionsWaitingForTheWorker() {
        Worker worker = app.claimed(bot);
        AccountId admin = app.member(Role.ADMIN);
        app.command.command(admin, worker.id(), WorkerCommand.PAUSE, null);

        Reported reported = app.update.update(bot, worker.id(), () -> report(null));

        assertThat(reported.instructions()).extracting(Instruction::action).containsExactly(WorkerCommand.PAUSE);
        assertThat(app.instructions.waitingFor(worker.id())).isEmpty();
    }

    @Test
    void aHeartbeatRenewsTheLeasesOfTheAccountsWorkersAndCountsPendingTasks() {
        app.createTask.create(bot, app.workspace, WorkerUseCases.spec("waiting"));

        var beat = app.heartbeat.heartbeat(bot);

        assertThat(app.workers.leasesRenewedUntil(bot)).contains(WorkerUseCases.NOW.plus(WorkerUseCases.LEASE));
        assertThat(beat.pendingTaskCount()).isEqualTo(1);
    }

    @Test
    void aWorkerOfAWorkspaceTheCallerIsNotInIsNotFoundForCommands() {
        Worker worker = app.claimed(bot);
        AccountId stranger = new AccountId(UUID.randomUUID());

        assertThatThrownBy(() -> app.command.command(stranger, worker.id(), WorkerCommand.ABORT, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyAnAdminCommandsAWorker() {
        Worker worker = app.claimed(bot);

        assertThatThrownBy(() -> app.command.command(app.member(Role.MEMBER), worker.id(), WorkerCommand.ABORT, null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(app.instructions.waitingFor(worker.id())).isEmpty();
    }

    @Test
    void aCommandIsQueuedForTheWorkerAndAnnounced() {
        Worker worker = app.claimed(bot);

        app.command.command(app.member(Role.ADMIN), worker.id(), WorkerCommand.MESSAGE, "hurry");

        assertThat(app.instructions.waitingFor(worker.id())).extracting(Instruction::text).containsExactly("hurry");
        assertThat(app.events.of(WorkerCommanded.class)).hasSize(1);
    }

    @Test
    void anEndedWorkerCannotBeCommanded() {
        Worker worker = app.claimed(bot);
        app.update.update(bot, worker.id(), () -> report(WorkerStatus.COMPLETED));

        assertThatThrownBy(() -> app.command.command(app.member(Role.ADMIN), worker.id(), WorkerCommand.ABORT, null))
                .isInstanceOf(WorkerEndedException.class);
    }

    @Test
    void onlyAMemberCreatesTasksInAWorkspace() {
        AccountId stranger = new AccountId(UUID.randomUUID());

        assertThatThrownBy(() -> app.createTask.create(stranger, app.workspace, WorkerUseCases.spec("no")))
                .isInstanceOf(ForbiddenException.class);
        Task task = app.createTask.create(bot, app.workspace, WorkerUseCases.spec("yes"));
        assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
        assertThat(app.events.of(TaskCreated.class)).hasSize(1);
    }

    @Test
    void theTasksOfAWorkspaceTheCallerIsNotInCannotBeListed() {
        AccountId stranger = new AccountId(UUID.randomUUID());

        assertThatThrownBy(() -> app.listTasks.tasks(stranger, Optional.of(app.workspace), Optional.empty(),
                PageRequest.first())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyAnAdminReassignsATaskAndItsWorkerIsStopped() {
        Worker worker = app.claimed(bot);

        assertThatThrownBy(() -> app.changeTask.reassign(app.member(Role.MEMBER), worker.taskId()))
                .isInstanceOf(ForbiddenException.class);
        Task task = app.changeTask.reassign(app.member(Role.ADMIN), worker.taskId());

        assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
        assertThat(app.workers.find(worker.id()).orElseThrow().status().isTerminal()).isTrue();
    }

    @Test
    void aTaskOfAWorkspaceTheCallerIsNotInIsNotFound() {
        Worker worker = app.claimed(bot);

        assertThatThrownBy(() -> app.changeTask.cancel(new AccountId(UUID.randomUUID()), worker.taskId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void cancellingATaskTellsItsLiveWorkerToAbort() {
        Worker worker = app.claimed(bot);

        Task task = app.changeTask.cancel(bot, worker.taskId());

        assertThat(task.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(app.instructions.waitingFor(worker.id())).extracting(Instruction::action)
                .containsExactly(WorkerCommand.ABORT);
    }

    @Test
    void aWorkerListsOnlyItsOwnWorkers() {
        app.claimed(bot);
        app.claimed(app.member(Role.MEMBER));

        assertThat(app.queries.mine(bot, Set.of())).hasSize(1);
    }

    private static WorkerUpdate report(WorkerStatus status) {
        return new WorkerUpdate(status, null, status == WorkerStatus.FAILED ? "broke" : null, null, null, null, null,
                null, status == WorkerStatus.COMPLETED ? JsonObject.EMPTY : null);
    }

}
