package io.skillify.worker.application;

import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.worker.application.port.in.GetTaskQuery;
import io.skillify.worker.application.port.in.TaskInWorkspace;
import io.skillify.worker.application.port.in.TaskInWorkspace.WorkspaceRef;
import io.skillify.worker.application.port.out.TaskRepository;
import io.skillify.worker.application.port.out.WorkerRepository;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskId;
import io.skillify.workspace.application.port.in.ListMyWorkspacesQuery;
import java.util.Optional;

@UseCase
class GetTaskService implements GetTaskQuery {

    private final CallerWorkspaces callerWorkspaces;
    private final TaskRepository tasks;
    private final WorkerRepository workers;

    GetTaskService(ListMyWorkspacesQuery workspaces, TaskRepository tasks, WorkerRepository workers) {
        this.callerWorkspaces = new CallerWorkspaces(workspaces);
        this.tasks = tasks;
        this.workers = workers;
    }

    @Override
    public TaskDetails task(AccountId actor, TaskId id) {
        Task task = tasks.find(id).orElseThrow(() -> new NotFoundException("Task"));
        WorkspaceRef workspace = callerWorkspaces.of(actor).get(task.workspaceId());
        if (workspace == null) {
            throw new NotFoundException("Task");
        }
        return new TaskDetails(new TaskInWorkspace(task, workspace),
                Optional.ofNullable(task.workerId()).flatMap(workers::find));
    }
}
