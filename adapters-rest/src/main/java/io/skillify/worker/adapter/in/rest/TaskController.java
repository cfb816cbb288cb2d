package io.skillify.worker.adapter.in.rest;

import io.skillify.shared.adapter.in.rest.CurrentAccount;
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
import io.skillify.worker.application.port.in.ListTasksQuery;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.TaskSpec;
import io.skillify.worker.domain.TaskStatus;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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

    TaskController(CreateTaskUseCase createTask, ListTasksQuery listTasks, ChangeTaskUseCase changeTask) {
        this.createTask = createTask;
        this.listTasks = listTasks;
        this.changeTask = changeTask;
    }

    @PostMapping("/api/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(CurrentAccount caller, @RequestBody CreateTaskRequest request) {
        if (request.workspaceId() == null) {
            throw InvalidInputException.of("workspaceId", "is required");
        }
        return WorkerWire.success(WorkerWire.task(createTask.create(caller.id(), new WorkspaceId(request.workspaceId()),
                spec(request))));
    }

    @GetMapping("/api/tasks")
    Map<String, Object> list(CurrentAccount caller, @RequestParam(required = false) UUID workspaceId,
                             @RequestParam(required = false) String status,
                             @RequestParam(required = false) Integer limit,
                             @RequestParam(required = false) String cursor) {
        var page = listTasks.tasks(caller.id(), Optional.ofNullable(workspaceId).map(WorkspaceId::new),
                status(status), PageRequest.of(limit, cursor));
        Map<String, Object> body = WorkerWire.success(Map.of("tasks", page.items().stream().map(WorkerWire::task).toList()));
        page.next().ifPresent(next -> body.put("nextCursor", next));
        return body;
    }

    @PostMapping("/api/tasks/{taskId}/reassign")
    Map<String, Object> reassign(CurrentAccount caller, @PathVariable UUID taskId) {
        return WorkerWire.success(WorkerWire.task(changeTask.reassign(caller.id(), new TaskId(taskId))));
    }

    @PostMapping("/api/tasks/{taskId}/cancel")
    Map<String, Object> cancel(CurrentAccount caller, @PathVariable UUID taskId) {
        return WorkerWire.success(WorkerWire.task(changeTask.cancel(caller.id(), new TaskId(taskId))));
    }

    @PostMapping(WorkspaceRoutes.BASE + "/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> createInWorkspace(WorkspaceScope scope, @RequestBody CreateTaskRequest request) {
        Task task = createTask.create(scope.callerId(), scope.workspaceId(), spec(request));
        return Map.of("success", true, "data", WorkerWire.task(task));
    }

    @GetMapping(WorkspaceRoutes.BASE + "/tasks")
    ListEnvelope<Map<String, Object>> listInWorkspace(WorkspaceScope scope,
                                                      @RequestParam(required = false) String status,
                                                      @RequestParam(required = false) Integer limit,
                                                      @RequestParam(required = false) String cursor) {
        return ListEnvelope.of(listTasks.tasks(scope.callerId(), Optional.of(scope.workspaceId()), status(status),
                PageRequest.of(limit, cursor)), WorkerWire::task);
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
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(TaskStatus.values()).filter(value -> value.wire().equals(status)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("status",
                        "must be one of pending, assigned, in_progress, completed, failed, cancelled")));
    }
}
