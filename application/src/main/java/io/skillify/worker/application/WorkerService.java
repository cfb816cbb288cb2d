package io.skillify.worker.application;

import io.skillify.automation.domain.nodetype.StepWakeups;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.in.CheckWorkspaceAccessQuery;
import io.skillify.workspace.domain.Role;
import io.skillify.worker.application.port.in.CommandWorkerUseCase;
import io.skillify.worker.application.port.in.HeartbeatUseCase;
import io.skillify.worker.application.port.in.UpdateWorkerUseCase;
import io.skillify.worker.application.port.in.WorkerQueries;
import io.skillify.worker.application.port.in.WorkerSettings;
import io.skillify.worker.application.port.in.WorkspaceWorkQuery;
import io.skillify.worker.application.port.out.InstructionQueue;
import io.skillify.worker.application.port.out.RetiredWorkers;
import io.skillify.worker.application.port.out.TaskRepository;
import io.skillify.worker.application.port.out.WorkerRepository;
import io.skillify.worker.domain.Instruction;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.Worker;
import io.skillify.worker.domain.WorkerCommand;
import io.skillify.worker.domain.WorkerEndedException;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.WorkerStatus;
import io.skillify.worker.domain.WorkerUpdate;
import io.skillify.worker.domain.event.WorkerCommanded;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

@UseCase
class WorkerService implements WorkerQueries, UpdateWorkerUseCase, HeartbeatUseCase, CommandWorkerUseCase,
        WorkspaceWorkQuery {

    private static final int MINE_LIMIT = 200;

    private final TaskRepository tasks;
    private final WorkerRepository workers;
    private final InstructionQueue instructions;
    private final RetiredWorkers retired;
    private final WorkspaceGate gate;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final TaskOutcomes outcomes;
    private final WorkerSettings settings;
    private final Clock clock;

    WorkerService(TaskRepository tasks, WorkerRepository workers, InstructionQueue instructions,
                  RetiredWorkers retired, CheckWorkspaceAccessQuery access, TransactionRunner transactions,
                  DomainEventPublisher events, StepWakeups wakeups, WorkerSettings settings, Clock clock) {
        this.tasks = tasks;
        this.workers = workers;
        this.instructions = instructions;
        this.retired = retired;
        this.gate = new WorkspaceGate(access);
        this.transactions = transactions;
        this.events = events;
        this.outcomes = new TaskOutcomes(events, wakeups);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public WorkerWithTask worker(AccountId actor, WorkerId id) {
        Worker worker = workers.find(id).orElseThrow(() -> new NotFoundException("Worker"));
        worker.requireOwner(actor);
        return new WorkerWithTask(worker, taskOf(worker));
    }

    @Override
    public List<WorkerWithTask> mine(AccountId actor, Set<WorkerStatus> statuses) {
        return workers.ofAccount(actor, statuses, MINE_LIMIT).stream()
                .map(worker -> new WorkerWithTask(worker, taskOf(worker)))
                .toList();
    }

    @Override
    public Page<Worker> workers(WorkspaceId workspace, PageRequest page) {
        return workers.ofWorkspace(workspace, page);
    }

    /**
     * An ended worker is refused first (409, {@code abort}), before ownership and before the report is even read,
     * so that a worker presumed dead always learns to stop.
     */
    @Override
    public Reported update(AccountId actor, WorkerId id, Supplier<WorkerUpdate> report) {
        return transactions.inTransaction(() -> {
            Task task = tasks.lockOfWorker(id).orElseThrow(() -> retiredOrUnknown(id));
            Worker worker = workers.lock(id).orElseThrow(() -> retiredOrUnknown(id));
            worker.requireAlive();
            worker.requireOwner(actor);
            Instant now = clock.instant();
            Worker.TaskEffect effect = worker.update(report.get(), now.plus(settings.lease()), now);
            switch (effect) {
                case STARTED -> {
                    task.start(now);
                    events.publish(worker.started());
                }
                case COMPLETED -> task.complete(worker.output(), now).ifPresent(outcomes::finished);
                case FAILED -> task.fail(worker.error(), worker.output(), now).ifPresent(outcomes::finished);
                case NONE -> {
                }
            }
            workers.save(worker);
            if (effect != Worker.TaskEffect.NONE) {
                tasks.save(task);
            }
            worker.ended().ifPresentOrElse(events::publish, () -> events.publish(worker.progressed()));
            return new Reported(worker, instructions.take(id));
        });
    }

    @Override
    public Beat heartbeat(AccountId actor) {
        return transactions.inTransaction(() -> {
            workers.renewLeases(actor, clock.instant().plus(settings.lease()));
            return new Beat(tasks.pendingFor(actor), instructions.takeForAccount(actor));
        });
    }

    @Override
    public Instruction command(AccountId actor, WorkerId id, WorkerCommand action, String text) {
        Worker worker = workers.find(id).orElseThrow(() -> new NotFoundException("Worker"));
        if (!gate.isMember(actor, worker.workspaceId())) {
            throw new NotFoundException("Worker");
        }
        gate.require(actor, worker.workspaceId(), Role.ADMIN);
        worker.requireAlive();
        Instruction instruction = new Instruction(action, text, clock.instant());
        transactions.inTransaction(() -> {
            instructions.enqueue(id, instruction);
            events.publish(new WorkerCommanded(worker.workspaceId(), id, instruction));
        });
        return instruction;
    }

    /** A worker whose workspace was deleted is told to stop, as an ended one is; any other unknown id is 404. */
    private RuntimeException retiredOrUnknown(WorkerId id) {
        return retired.reasonFor(id)
                .<RuntimeException>map(reason -> new WorkerEndedException(WorkerStatus.FAILED, reason))
                .orElseGet(() -> new NotFoundException("Worker"));
    }

    private Task taskOf(Worker worker) {
        return tasks.find(worker.taskId()).orElseThrow(() -> new NotFoundException("Task"));
    }
}
