package io.skillify.worker.adapter.out.persistence;

import static io.skillify.shared.adapter.out.persistence.JsonColumns.json;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import io.skillify.worker.domain.FlowStepOrigin;
import io.skillify.worker.domain.Milestone;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.TaskSpec;
import io.skillify.worker.domain.TaskStatus;
import io.skillify.worker.domain.Worker;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.WorkerStatus;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
                TaskStatus.fromWire(row.getStatus()), row.getAttempts(),
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
        row.setStatus(task.status().wire());
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
                WorkerStatus.valueOf(row.getStatus().toUpperCase(Locale.ROOT)), row.getProgress(), row.getError(),
                row.getCostUsd(), row.getTurns(), row.getLocalUiUrl(), row.getCurrentAction(),
                milestones(json(row.getMilestones())), json(row.getOutput()), row.getStartedAt(),
                row.getCompletedAt(), row.getLeaseUntil(), row.getUpdatedAt());
    }

    static WorkersRecord row(Worker worker) {
        WorkersRecord row = new WorkersRecord();
        row.setWorkspaceId(worker.workspaceId().value());
        row.setId(worker.id().value());
        row.setAccountId(worker.accountId().value());
        row.setTaskId(worker.taskId().value());
        row.setName(worker.name());
        row.setBranch(worker.branch());
        row.setStatus(worker.status().wire());
        row.setProgress(worker.progress());
        row.setError(worker.error());
        row.setCostUsd(worker.costUsd());
        row.setTurns(worker.turns());
        row.setLocalUiUrl(worker.localUiUrl());
        row.setCurrentAction(worker.currentAction());
        row.setMilestones(json(milestones(worker.milestones())));
        row.setOutput(json(worker.output()));
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
