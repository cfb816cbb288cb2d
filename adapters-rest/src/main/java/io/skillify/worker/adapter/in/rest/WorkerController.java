package io.skillify.worker.adapter.in.rest;

import io.skillify.shared.adapter.in.rest.CurrentAccount;
import io.skillify.shared.adapter.in.rest.ListEnvelope;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceRoutes;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceScope;
import io.skillify.worker.application.port.in.ClaimTasksCommand;
import io.skillify.worker.application.port.in.ClaimTasksUseCase;
import io.skillify.worker.application.port.in.CommandWorkerUseCase;
import io.skillify.worker.application.port.in.HeartbeatUseCase;
import io.skillify.worker.application.port.in.UpdateWorkerUseCase;
import io.skillify.worker.application.port.in.WorkerQueries;
import io.skillify.worker.application.port.in.WorkspaceWorkQuery;
import io.skillify.worker.domain.Milestone;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.WorkerCommand;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.WorkerStatus;
import io.skillify.worker.domain.WorkerUpdate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Buildd worker protocol (contract §5): claim, report, heartbeat, commands. */
@RestController
class WorkerController {

    private final ClaimTasksUseCase claimTasks;
    private final WorkerQueries queries;
    private final UpdateWorkerUseCase updateWorker;
    private final HeartbeatUseCase heartbeat;
    private final CommandWorkerUseCase commandWorker;
    private final WorkspaceWorkQuery workspaceWork;

    WorkerController(ClaimTasksUseCase claimTasks, WorkerQueries queries, UpdateWorkerUseCase updateWorker,
                     HeartbeatUseCase heartbeat, CommandWorkerUseCase commandWorker, WorkspaceWorkQuery workspaceWork) {
        this.claimTasks = claimTasks;
        this.queries = queries;
        this.updateWorker = updateWorker;
        this.heartbeat = heartbeat;
        this.commandWorker = commandWorker;
        this.workspaceWork = workspaceWork;
    }

    @PostMapping("/api/workers/claim")
    Map<String, Object> claim(CurrentAccount caller, @RequestBody(required = false) ClaimRequest request) {
        ClaimRequest claim = request == null ? new ClaimRequest(null, null, null, null, null) : request;
        var claimed = claimTasks.claim(new ClaimTasksCommand(caller.id(),
                Optional.ofNullable(claim.workspaceId()).map(WorkspaceId::new),
                Optional.ofNullable(claim.taskId()).map(TaskId::new), claim.capabilities(),
                claim.maxTasks() == null ? ClaimTasksCommand.DEFAULT_MAX_TASKS : claim.maxTasks(), claim.runner()));
        List<Map<String, Object>> workers = claimed.stream().map(one -> {
            Map<String, Object> worker = new LinkedHashMap<>();
            worker.put("id", one.worker().id().value());
            worker.put("taskId", one.task().id().value());
            worker.put("branch", one.worker().branch());
            worker.put("name", one.worker().name());
            worker.put("task", WorkerWire.task(one.task()));
            return worker;
        }).toList();
        return WorkerWire.success(Map.of("workers", workers));
    }

    @GetMapping("/api/workers/mine")
    Map<String, Object> mine(CurrentAccount caller, @RequestParam(required = false) String status) {
        Set<WorkerStatus> statuses = new LinkedHashSet<>();
        if (status != null && !status.isBlank()) {
            Arrays.stream(status.split(",")).map(String::trim).filter(value -> !value.isEmpty())
                    .forEach(value -> statuses.add(WorkerStatus.parse(value, "status")));
        }
        return WorkerWire.success(Map.of("workers", queries.mine(caller.id(), statuses).stream()
                .map(one -> WorkerWire.workerWithTask(one.worker(), one.task())).toList()));
    }

    @PostMapping("/api/workers/heartbeat")
    Map<String, Object> heartbeat(CurrentAccount caller, @RequestBody(required = false) HeartbeatRequest request) {
        var beat = heartbeat.heartbeat(caller.id());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("ok", true);
        body.put("pendingTaskCount", beat.pendingTaskCount());
        body.put("instructions", beat.instructions().stream().map(queued -> {
            Map<String, Object> json = WorkerWire.instruction(queued.instruction());
            json.put("workerId", queued.workerId().value());
            return json;
        }).toList());
        return body;
    }

    @GetMapping("/api/workers/{workerId}")
    Map<String, Object> get(CurrentAccount caller, @PathVariable UUID workerId) {
        var found = queries.worker(caller.id(), new WorkerId(workerId));
        return WorkerWire.success(WorkerWire.workerWithTask(found.worker(), found.task()));
    }

    @PatchMapping("/api/workers/{workerId}")
    Map<String, Object> update(CurrentAccount caller, @PathVariable UUID workerId,
                               @RequestBody(required = false) WorkerPatchRequest request) {
        var reported = updateWorker.update(caller.id(), new WorkerId(workerId), () -> update(request));
        Map<String, Object> body = WorkerWire.success(WorkerWire.worker(reported.worker()));
        body.put("instructions", WorkerWire.instructions(reported.instructions()));
        return body;
    }

    @PostMapping("/api/workers/{workerId}/cmd")
    Map<String, Object> command(CurrentAccount caller, @PathVariable UUID workerId,
                                @RequestBody(required = false) CommandRequest request) {
        if (request == null || request.action() == null) {
            throw InvalidInputException.of("action", "is required");
        }
        if (request.text() != null && request.text().length() > 10_000) {
            throw InvalidInputException.of("text", "must be at most 10000 characters");
        }
        WorkerCommand action = WorkerCommand.parse(request.action());
        commandWorker.command(caller.id(), new WorkerId(workerId), action, request.text());
        return Map.of("success", true, "ok", true, "action", action.wire());
    }

    @GetMapping(WorkspaceRoutes.BASE + "/workers")
    ListEnvelope<Map<String, Object>> workspaceWorkers(WorkspaceScope scope,
                                                       @RequestParam(required = false) Integer limit,
                                                       @RequestParam(required = false) String cursor) {
        return ListEnvelope.of(workspaceWork.workers(scope.workspaceId(), PageRequest.of(limit, cursor)),
                WorkerWire::worker);
    }

    private static WorkerUpdate update(WorkerPatchRequest request) {
        if (request == null) {
            return new WorkerUpdate(null, null, null, null, null, null, null, null, null);
        }
        List<Milestone> milestones = null;
        if (request.milestones() != null) {
            milestones = new ArrayList<>();
            for (int i = 0; i < request.milestones().size(); i++) {
                var milestone = request.milestones().get(i);
                if (milestone == null || milestone.label() == null || milestone.timestamp() == null
                        || milestone.timestamp().isNull()) {
                    throw InvalidInputException.of("milestones[" + i + "]", "needs a label and a timestamp");
                }
                milestones.add(new Milestone(milestone.label(),
                        MilestoneTimestamp.parse(milestone.timestamp(), "milestones[" + i + "].timestamp")));
            }
        }
        return new WorkerUpdate(request.status() == null ? null : WorkerStatus.parse(request.status(), "status"),
                request.progress(), request.error(), request.costUsd(), request.turns(), request.localUiUrl(),
                request.currentAction(), milestones,
                request.output() == null || request.output().isNull() ? null
                        : JsonDocuments.fromJackson(request.output()));
    }
}
