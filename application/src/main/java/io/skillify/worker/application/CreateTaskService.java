package io.skillify.worker.application;

import io.skillify.shared.application.Ids;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.in.CheckWorkspaceAccessQuery;
import io.skillify.workspace.domain.Role;
import io.skillify.worker.application.port.in.CreateTaskUseCase;
import io.skillify.worker.application.port.out.TaskRepository;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.TaskSpec;
import java.time.Clock;

@UseCase
class CreateTaskService implements CreateTaskUseCase {

    private final TaskRepository tasks;
    private final WorkspaceGate gate;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final Clock clock;

    CreateTaskService(TaskRepository tasks, CheckWorkspaceAccessQuery access, TransactionRunner transactions,
                      DomainEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.gate = new WorkspaceGate(access);
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Task create(AccountId actor, WorkspaceId workspace, TaskSpec spec) {
        gate.require(actor, workspace, Role.MEMBER);
        Task task = Task.create(new TaskId(Ids.next()), workspace, spec, null, actor, clock.instant());
        return transactions.inTransaction(() -> {
            tasks.insert(task);
            events.publish(task.created());
            return task;
        });
    }
}
