package io.skillify.worker.adapter.in.rest;

import static io.skillify.worker.adapter.in.rest.WorkerWireValues.wire;

import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.json.JsonValue;
import io.skillify.worker.application.port.in.TaskInWorkspace;
import io.skillify.worker.domain.Instruction;
import io.skillify.worker.domain.RunnerReport;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.Worker;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Tasks, workers and commands to their response records. Written by hand: the aggregates are classes with
 * record-style accessors, which MapStruct does not read, and the record constructors already fail the build on a
 * forgotten field.
 */
final class WorkerResponses {

    private WorkerResponses() {
    }

    static TaskResponse task(Task task) {
        return task(task, null);
    }

    static TaskResponse task(TaskInWorkspace listed) {
        return task(listed.task(), new TaskResponse.Workspace(listed.workspace().id().value(),
                listed.workspace().name()));
    }

    private static TaskResponse task(Task task, TaskResponse.Workspace workspace) {
        return new TaskResponse(task.id().value(), task.workspaceId().value(), task.spec().title(),
                task.spec().description(), wire(task.status()), task.spec().priority(),
                task.spec().requiredCapabilities(), json(task.spec().context()), task.attempts(),
                task.workerId() == null ? null : task.workerId().value(),
                task.origin().map(origin -> origin.runId()).orElse(null),
                task.origin().map(origin -> origin.nodeId()).orElse(null), json(task.output()), task.error(),
                task.createdBy() == null ? null : task.createdBy().value(), task.createdAt(), task.updatedAt(),
                workspace);
    }

    static WorkerResponse worker(Worker worker) {
        RunnerReport runner = worker.runner();
        return new WorkerResponse(worker.id().value(), worker.accountId().value(), worker.taskId().value(),
                worker.workspaceId().value(), worker.name(), worker.branch(), wire(worker.status()),
                worker.progress(), worker.error(), worker.costUsd(), worker.turns(), worker.localUiUrl(),
                worker.currentAction(), worker.milestones().stream()
                        .map(milestone -> new WorkerResponse.Milestone(milestone.label(), milestone.timestamp()))
                        .toList(),
                json(worker.output()), runner.summary(), runner.inputTokens(), runner.outputTokens(),
                runner.lastCommitSha(), runner.commitCount(), runner.filesChanged(), runner.linesAdded(),
                runner.linesRemoved(), runner.waitingFor() == null ? null
                        : new WorkerResponse.WaitingFor(runner.waitingFor().type(), runner.waitingFor().prompt(),
                                runner.waitingFor().options()),
                worker.startedAt(), worker.completedAt(), worker.leaseUntil(), worker.createdAt(),
                worker.updatedAt());
    }

    static List<InstructionResponse> instructions(List<Instruction> instructions) {
        return instructions.stream().map(WorkerResponses::instruction).toList();
    }

    static InstructionResponse instruction(Instruction instruction) {
        return new InstructionResponse(wire(instruction.action()), instruction.text(), instruction.timestamp());
    }

    private static JsonNode json(JsonValue value) {
        return value == null ? null : JsonDocuments.toJackson(value);
    }
}
