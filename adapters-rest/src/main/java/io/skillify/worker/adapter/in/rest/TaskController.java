package io.skillify.worker.adapter.in.rest;

import io.skillify.shared.adapter.in.rest.CurrentAccount;
import io.skillify.shared.adapter.in.rest.DataEnvelope;
import io.skillify.shared.adapter.in.rest.ListEnvelope;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceRoutes;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceScope;
import io.skillify.worker.application.port.in.ChangeTaskUseCase;
import io.skillify.worker.application.port.in.CreateTaskUseCase;
import io.skillify.worker.application.port.in.GetTaskQuery;
import io.skillify.worker.application.port.in.ListTasksQuery;
import io.skillify.worker.application.port.in.TaskBoardQuery;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.TaskSpec;
import io.skillify.worker.domain.TaskStatus;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tasks (contract §5): the Buildd routes under {@code /api/tasks} and the workspace-scoped dashboard routes. */
@RestController
class TaskController {

    private final CreateTaskUseCase createTask;
    private final ListTasksQuery listTasks;
    private final ChangeTaskUseCase changeTask;
    private final TaskBoardQuery taskBoard;
    private final GetTaskQuery getTask;

    TaskController(CreateTaskUseCase createTask, ListTasksQuery listTasks, ChangeTaskUseCase changeTask,
                   TaskBoardQuery taskBoard, GetTaskQuery getTask) {
        this.createTask = createTask;
        this.listTasks = listTasks;
        this.changeTask = changeTask;
        this.taskBoard = taskBoard;
        this.getTask = getTask;
    }

    @PostMapping(path = "/api/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    TaskBody create(CurrentAccount caller, @RequestBody CreateTaskRequest request) {
        if (request.workspaceId() == null) {
            throw InvalidInputException.of("workspaceId", "is required");
        }
        return TaskBody.of(WorkerResponses.task(createTask.create(caller.id(), new WorkspaceId(request.workspaceId()),
                spec(request))));
    }

    @GetMapping(path = "/api/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
    TaskListBody list(CurrentAccount caller, @RequestParam(required = false) UUID workspaceId,
                      @RequestParam(required = false) String status,
                      @RequestParam(required = false) Integer limit,
                      @RequestParam(required = false) Integer offset) {
        var board = taskBoard.board(caller.id(), new TaskBoardQuery.TaskBoardRequest(
                Optional.ofNullable(workspaceId).map(WorkspaceId::new),
                WorkerWireValues.taskStatuses(status, "status"),
                limit == null ? TaskBoardQuery.TaskBoardRequest.DEFAULT_LIMIT : limit, offset == null ? 0 : offset));
        return new TaskListBody(true, board.tasks().stream().map(WorkerResponses::task).toList(), board.total(),
                board.pendingCount(), board.hasMore());
    }

    @GetMapping(path = "/api/tasks/{taskId}", produces = MediaType.APPLICATION_JSON_VALUE)
    TaskDetailsBody get(CurrentAccount caller, @PathVariable UUID taskId) {
        var details = getTask.task(caller.id(), new TaskId(taskId));
        return new TaskDetailsBody(true, WorkerResponses.task(details.task()),
                details.worker().map(WorkerResponses::worker).orElse(null));
    }

    @PostMapping(path = "/api/tasks/{taskId}/reassign", produces = MediaType.APPLICATION_JSON_VALUE)
    TaskBody reassign(CurrentAccount caller, @PathVariable UUID taskId) {
        return TaskBody.of(WorkerResponses.task(changeTask.reassign(caller.id(), new TaskId(taskId))));
    }

    @PostMapping(path = "/api/tasks/{taskId}/cancel", produces = MediaType.APPLICATION_JSON_VALUE)
    TaskBody cancel(CurrentAccount caller, @PathVariable UUID taskId) {
        return TaskBody.of(WorkerResponses.task(changeTask.cancel(caller.id(), new TaskId(taskId))));
    }

    @PostMapping(path = WorkspaceRoutes.BASE + "/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DataEnvelope<TaskResponse> createInWorkspace(WorkspaceScope scope, @RequestBody CreateTaskRequest request) {
        Task task = createTask.create(scope.callerId(), scope.workspaceId(), spec(request));
        return DataEnvelope.of(WorkerResponses.task(task));
    }

    @GetMapping(path = WorkspaceRoutes.BASE + "/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
    ListEnvelope<TaskResponse> listInWorkspace(WorkspaceScope scope,
                                               @RequestParam(required = false) String status,
                                               @RequestParam(required = false) Integer limit,
                                               @RequestParam(required = false) String cursor) {
        return ListEnvelope.of(listTasks.tasks(scope.callerId(), Optional.of(scope.workspaceId()), status(status),
                PageRequest.of(limit, cursor)), WorkerResponses::task);
    }

    private static TaskSpec spec(CreateTaskRequest request) {
        JsonValue context = request.context() == null ? null : JsonDocuments.fromJackson(request.context());
        if (context != null && !(context instanceof JsonObject)) {
            throw InvalidInputException.of("context", "must be an object");
        }
        return new TaskSpec(request.title(), request.description(),
                request.priority() == null ? 0 : request.priority(), request.requiredCapabilities(),
                (JsonObject) context);
    }

    private static Optional<TaskStatus> status(String status) {
        var statuses = WorkerWireValues.taskStatuses(status, "status");
        if (statuses.size() > 1) {
            throw InvalidInputException.of("status", "must be one status here");
        }
        return statuses.stream().findFirst();
    }
}
