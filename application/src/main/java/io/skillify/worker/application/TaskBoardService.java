package io.skillify.worker.application;

import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.ForbiddenException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.application.port.in.TaskBoardQuery;
import io.skillify.worker.application.port.in.TaskInWorkspace;
import io.skillify.worker.application.port.in.TaskInWorkspace.WorkspaceRef;
import io.skillify.worker.application.port.out.TaskRepository;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskStatus;
import io.skillify.workspace.application.port.in.ListMyWorkspacesQuery;
import java.util.List;
import java.util.Map;
import java.util.Set;

@UseCase
class TaskBoardService implements TaskBoardQuery {

    private final CallerWorkspaces callerWorkspaces;
    private final TaskRepository tasks;

    TaskBoardService(ListMyWorkspacesQuery workspaces, TaskRepository tasks) {
        this.callerWorkspaces = new CallerWorkspaces(workspaces);
        this.tasks = tasks;
    }

    @Override
    public TaskBoard board(AccountId actor, TaskBoardRequest request) {
        Map<WorkspaceId, WorkspaceRef> mine = callerWorkspaces.of(actor);
        Set<WorkspaceId> scope = request.workspace().map(Set::of).orElse(mine.keySet());
        if (!mine.keySet().containsAll(scope)) {
            throw new ForbiddenException();
        }
        List<Task> slice = tasks.slice(scope, request.statuses(), request.limit(), request.offset());
        long total = tasks.count(scope, request.statuses());
        long pending = tasks.count(scope, Set.of(TaskStatus.PENDING));
        return new TaskBoard(slice.stream().map(task -> new TaskInWorkspace(task, mine.get(task.workspaceId())))
                .toList(), total, pending, request.offset() + slice.size() < total);
    }
}
