package io.skillify.worker.application;

import io.skillify.automation.domain.nodetype.StepWakeups;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.workspace.application.port.in.CheckWorkspaceAccessQuery;
import io.skillify.workspace.domain.Role;
import io.skillify.worker.application.port.in.ChangeTaskUseCase;
import io.skillify.worker.application.port.out.InstructionQueue;
import io.skillify.worker.application.port.out.TaskRepository;
import io.skillify.worker.application.port.out.WorkerRepository;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskId;
import java.time.Clock;
import java.time.Instant;

@UseCase
class ChangeTaskService implements ChangeTaskUseCase {

    private final TaskRepository tasks;
    private final WorkerRepository workers;
    private final TaskCancellation cancellation;
    private final WorkspaceGate gate;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final StepWakeups wakeups;
    private final Clock clock;

    ChangeTaskService(TaskRepository tasks, WorkerRepository workers, InstructionQueue instructions,
                      CheckWorkspaceAccessQuery access, TransactionRunner transactions, DomainEventPublisher events,
                      StepWakeups wakeups, Clock clock) {
        this.wakeups = wakeups;
        this.tasks = tasks;
        this.workers = workers;
        this.cancellation = new TaskCancellation(tasks, workers, instructions, events);
        this.gate = new WorkspaceGate(access);
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Task reassign(AccountId actor, TaskId id) {
        return transactions.inTransaction(() -> {
            Task task = lockVisible(actor, id, Role.ADMIN);
            Instant now = clock.instant();
            workers.lockActiveOf(id).ifPresent(worker -> worker.stop("task reassigned", now).ifPresent(ended -> {
                workers.save(worker);
                events.publish(ended);
            }));
            events.publish(task.reassign(now));
            tasks.save(task);
            return task;
        });
    }

    @Override
    public Task cancel(AccountId actor, TaskId id) {
        return transactions.inTransaction(() -> {
            Task task = lockVisible(actor, id, Role.MEMBER);
            Instant now = clock.instant();
            cancellation.cancel(task, "task cancelled", now)
                    .origin().ifPresent(origin -> wakeups.wake(origin.runId().toString(), origin.nodeId()));
            return task;
        });
    }

    private Task lockVisible(AccountId actor, TaskId id, Role role) {
        Task task = tasks.lock(id).orElseThrow(() -> new NotFoundException("Task"));
        if (!gate.isMember(actor, task.workspaceId())) {
            throw new NotFoundException("Task");
        }
        gate.require(actor, task.workspaceId(), role);
        return task;
    }
}
