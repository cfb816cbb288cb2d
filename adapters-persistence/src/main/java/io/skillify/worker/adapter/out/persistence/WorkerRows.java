package io.skillify.worker.adapter.out.persistence;

import static io.skillify.shared.adapter.out.persistence.JsonColumns.json;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import io.skillify.worker.domain.FlowStepOrigin;
import io.skillify.worker.domain.RunnerReport;
import io.skillify.worker.domain.WaitingFor;
import io.skillify.worker.domain.Milestone;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.TaskSpec;
import io.skillify.worker.domain.Worker;
import io.skillify.worker.domain.WorkerId;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import skillify.jooq.tables.records.TasksRecord;
import skillify.jooq.tables.records.WorkersRecord;

/** Rows of {@code tasks} and {@code workers} to aggregates, and back. */
final class WorkerRows {

    private WorkerRows() {
    }

    static Task task(TasksRecord row) {
        FlowStepOrigin origin = row.getRunId() == null ? null : new FlowStepOrigin(row.getRunId(), row.getNodeId());
        return new Task(new TaskId(row.getId()), new WorkspaceId(row.getWorkspaceId()),
                new TaskSpec(row.getTitle(), row.getDescription(), row.getPriority(),
                        Arrays.asList(row.getRequiredCapabilities()), (JsonObject) json(row.getContext())),
                origin, row.getCreatedBy() == null ? null : new AccountId(row.getCreatedBy()), row.getCreatedAt(),
                StatusColumns.taskStatus(row.getStatus()), row.getAttempts(),
                row.getWorkerId() == null ? null : new WorkerId(row.getWorkerId()), json(row.getOutput()),
                row.getError(), row.getUpdatedAt());
    }

    static TasksRecord row(Task task) {
        TasksRecord row = new TasksRecord();
        row.setWorkspaceId(task.workspaceId().value());
        row.setId(task.id().value());
        row.setTitle(task.spec().title());
        row.setDescription(task.spec().description());
        row.setPriority(task.spec().priority());
        row.setRequiredCapabilities(task.spec().requiredCapabilities().toArray(String[]::new));
        row.setContext(json(task.spec().context()));
        row.setStatus(StatusColumns.column(task.status()));
        row.setAttempts(task.attempts());
        row.setWorkerId(task.workerId() == null ? null : task.workerId().value());
        task.origin().ifPresent(origin -> {
            row.setRunId(origin.runId());
            row.setNodeId(origin.nodeId());
        });
        row.setOutput(json(task.output()));
        row.setError(task.error());
        row.setCreatedBy(task.createdBy() == null ? null : task.createdBy().value());
        row.setCreatedAt(task.createdAt());
        row.setUpdatedAt(task.updatedAt());
        return row;
    }

    static Worker worker(WorkersRecord row) {
        return new Worker(new WorkerId(row.getId()), new AccountId(row.getAccountId()), new TaskId(row.getTaskId()),
                new WorkspaceId(row.getWorkspaceId()), row.getName(), row.getBranch(), row.getCreatedAt(),
                StatusColumns.workerStatus(row.getStatus()), row.getProgress(), row.getError(),
                row.getCostUsd(), row.getTurns(), row.getLocalUiUrl(), row.getCurrentAction(),
                milestones(json(row.getMilestones())), json(row.getOutput()), row.getStartedAt(),
                row.getCompletedAt(), row.getLeaseUntil(), row.getUpdatedAt(), runner(row));
    }

    private static RunnerReport runner(WorkersRecord row) {
        return new RunnerReport(row.getSummary(), row.getInputTokens(), row.getOutputTokens(), null,
                row.getLastCommitSha(), row.getCommitCount(), row.getFilesChanged(), row.getLinesAdded(),
                row.getLinesRemoved(), waitingFor(json(row.getWaitingFor())));
    }

    private static WaitingFor waitingFor(JsonValue stored) {
        if (!(stored instanceof JsonObject object)) {
            return null;
        }
        List<String> options = object.members().get("options") instanceof JsonArray array
                ? array.items().stream().map(item -> item instanceof JsonString text ? text.value() : "").toList()
                : null;
        return new WaitingFor(object.string("type").orElse(""), object.string("prompt").orElse(""), options);
    }

    private static JsonValue waitingFor(WaitingFor waitingFor) {
        if (waitingFor == null) {
            return null;
        }
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("type", new JsonString(waitingFor.type()));
        members.put("prompt", new JsonString(waitingFor.prompt()));
        if (waitingFor.options() != null) {
            members.put("options", new JsonArray(waitingFor.options().stream().<JsonValue>map(JsonString::new)
                    .toList()));
        }
        return new JsonObject(members);
    }

    static WorkersRecord row(Worker worker) {
        WorkersRecord row = new WorkersRecord();
        row.setWorkspaceId(worker.workspaceId().value());
        row.setId(worker.id().value());
        row.setAccountId(worker.accountId().value());
        row.setTaskId(worker.taskId().value());
        row.setName(worker.name());
        row.setBranch(worker.branch());
        row.setStatus(StatusColumns.column(worker.status()));
        row.setProgress(worker.progress());
        row.setError(worker.error());
        row.setCostUsd(worker.costUsd());
        row.setTurns(worker.turns());
        row.setLocalUiUrl(worker.localUiUrl());
        row.setCurrentAction(worker.currentAction());
        row.setMilestones(json(milestones(worker.milestones())));
        row.setOutput(json(worker.output()));
        RunnerReport runner = worker.runner();
        row.setSummary(runner.summary());
        row.setInputTokens(runner.inputTokens());
        row.setOutputTokens(runner.outputTokens());
        row.setLastCommitSha(runner.lastCommitSha());
        row.setCommitCount(runner.commitCount());
        row.setFilesChanged(runner.filesChanged());
        row.setLinesAdded(runner.linesAdded());
        row.setLinesRemoved(runner.linesRemoved());
        row.setWaitingFor(json(waitingFor(runner.waitingFor())));
        row.setStartedAt(worker.startedAt());
        row.setCompletedAt(worker.completedAt());
        row.setLeaseUntil(worker.leaseUntil());
        row.setCreatedAt(worker.createdAt());
        row.setUpdatedAt(worker.updatedAt());
        return row;
    }


    private static JsonArray milestones(List<Milestone> milestones) {
        return new JsonArray(milestones.stream().<JsonValue>map(milestone -> {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            members.put("label", new JsonString(milestone.label()));
            members.put("timestamp", new JsonString(milestone.timestamp().toString()));
            return new JsonObject(members);
        }).toList());
    }

    private static List<Milestone> milestones(JsonValue stored) {
        if (!(stored instanceof JsonArray array)) {
            return List.of();
        }
        return array.items().stream()
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .map(item -> new Milestone(item.string("label").orElse(""),
                        Instant.parse(item.string("timestamp").orElse(Instant.EPOCH.toString()))))
                .toList();
    }
}
