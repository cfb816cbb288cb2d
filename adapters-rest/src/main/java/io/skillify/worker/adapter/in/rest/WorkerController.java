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
import io.skillify.worker.domain.RunnerReport;
import io.skillify.worker.domain.WaitingFor;
import io.skillify.worker.domain.WorkerCommand;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.WorkerStatus;
import io.skillify.worker.domain.WorkerUpdate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
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

    @PostMapping(path = "/api/workers/claim", produces = MediaType.APPLICATION_JSON_VALUE)
    ClaimBody claim(CurrentAccount caller, @RequestBody(required = false) ClaimRequest request) {
        ClaimRequest claim = request == null ? new ClaimRequest(null, null, null, null, null) : request;
        var claimed = claimTasks.claim(new ClaimTasksCommand(caller.id(),
                Optional.ofNullable(claim.workspaceId()).map(WorkspaceId::new),
                Optional.ofNullable(claim.taskId()).map(TaskId::new), claim.capabilities(),
                claim.maxTasks() == null ? ClaimTasksCommand.DEFAULT_MAX_TASKS : claim.maxTasks(), claim.runner()));
        return new ClaimBody(true, claimed.stream().map(one -> new ClaimBody.ClaimedWorker(one.worker().id().value(),
                one.task().id().value(), one.worker().branch(), one.worker().name(),
                WorkerResponses.task(one.task()))).toList());
    }

    @GetMapping(path = "/api/workers/mine", produces = MediaType.APPLICATION_JSON_VALUE)
    MyWorkersBody mine(CurrentAccount caller, @RequestParam(required = false) String status) {
        Set<WorkerStatus> statuses = new LinkedHashSet<>();
        if (status != null && !status.isBlank()) {
            Arrays.stream(status.split(",")).map(String::trim).filter(value -> !value.isEmpty())
                    .forEach(value -> statuses.add(WorkerWireValues.workerStatus(value, "status")));
        }
        return new MyWorkersBody(true, queries.mine(caller.id(), statuses).stream()
                .map(one -> new WorkerWithTaskResponse(WorkerResponses.worker(one.worker()),
                        WorkerResponses.task(one.task())))
                .toList());
    }

    @PostMapping(path = "/api/workers/heartbeat", produces = MediaType.APPLICATION_JSON_VALUE)
    HeartbeatBody heartbeat(CurrentAccount caller, @RequestBody(required = false) HeartbeatRequest request) {
        var beat = heartbeat.heartbeat(caller.id());
        return new HeartbeatBody(true, true, beat.pendingTaskCount(), beat.instructions().stream()
                .map(queued -> new HeartbeatBody.QueuedInstruction(queued.workerId().value(),
                        WorkerWireValues.wire(queued.instruction().action()), queued.instruction().text(),
                        queued.instruction().timestamp()))
                .toList());
    }

    @GetMapping(path = "/api/workers/{workerId}", produces = MediaType.APPLICATION_JSON_VALUE)
    WorkerDetailsBody get(CurrentAccount caller, @PathVariable UUID workerId) {
        var found = queries.worker(caller.id(), new WorkerId(workerId));
        return new WorkerDetailsBody(true, WorkerResponses.worker(found.worker()), WorkerResponses.task(found.task()));
    }

    @PatchMapping(path = "/api/workers/{workerId}", produces = MediaType.APPLICATION_JSON_VALUE)
    WorkerReportBody update(CurrentAccount caller, @PathVariable UUID workerId,
                            @RequestBody(required = false) WorkerPatchRequest request) {
        var reported = updateWorker.update(caller.id(), new WorkerId(workerId), () -> update(request));
        return new WorkerReportBody(true, WorkerResponses.worker(reported.worker()),
                WorkerResponses.instructions(reported.instructions()));
    }

    @PostMapping(path = "/api/workers/{workerId}/cmd", produces = MediaType.APPLICATION_JSON_VALUE)
    CommandBody command(CurrentAccount caller, @PathVariable UUID workerId,
                        @RequestBody(required = false) CommandRequest request) {
        if (request == null || request.action() == null) {
            throw InvalidInputException.of("action", "is required");
        }
        if (request.text() != null && request.text().length() > 10_000) {
            throw InvalidInputException.of("text", "must be at most 10000 characters");
        }
        WorkerCommand action = WorkerWireValues.command(request.action());
        commandWorker.command(caller.id(), new WorkerId(workerId), action, request.text());
        return new CommandBody(true, true, WorkerWireValues.wire(action));
    }

    @GetMapping(path = WorkspaceRoutes.BASE + "/workers", produces = MediaType.APPLICATION_JSON_VALUE)
    ListEnvelope<WorkerResponse> workspaceWorkers(WorkspaceScope scope,
                                                  @RequestParam(required = false) Integer limit,
                                                  @RequestParam(required = false) String cursor) {
        return ListEnvelope.of(workspaceWork.workers(scope.workspaceId(), PageRequest.of(limit, cursor)),
                WorkerResponses::worker);
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
        return new WorkerUpdate(request.status() == null ? null
                : WorkerWireValues.workerStatus(request.status(), "status"),
                request.progress(), request.error(), request.costUsd(), request.turns(), request.localUiUrl(),
                request.currentAction(), milestones,
                request.output() == null || request.output().isNull() ? null
                        : JsonDocuments.fromJackson(request.output()),
                runner(request));
    }

    private static RunnerReport runner(WorkerPatchRequest request) {
        var waiting = request.waitingFor();
        return new RunnerReport(request.summary(), request.inputTokens(), request.outputTokens(), request.branch(),
                request.lastCommitSha(), request.commitCount(), request.filesChanged(), request.linesAdded(),
                request.linesRemoved(),
                waiting == null ? null : new WaitingFor(waiting.type(), waiting.prompt(), waiting.options()));
    }
}
