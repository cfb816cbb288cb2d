package io.skillify.worker.application;

import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.in.CheckWorkspaceAccessQuery;
import io.skillify.workspace.domain.Role;
import io.skillify.worker.application.port.in.ListTasksQuery;
import io.skillify.worker.application.port.out.TaskRepository;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskStatus;
import java.util.Optional;

@UseCase
class ListTasksService implements ListTasksQuery {

    private final TaskRepository tasks;
    private final WorkspaceGate gate;

    ListTasksService(TaskRepository tasks, CheckWorkspaceAccessQuery access) {
        this.tasks = tasks;
        this.gate = new WorkspaceGate(access);
    }

    @Override
    public Page<Task> tasks(AccountId actor, Optional<WorkspaceId> workspace, Optional<TaskStatus> status,
                            PageRequest page) {
        workspace.ifPresent(id -> gate.require(actor, id, Role.MEMBER));
        return tasks.visibleTo(actor, workspace, status, page);
    }
}
