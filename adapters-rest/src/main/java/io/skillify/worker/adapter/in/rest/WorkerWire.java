package io.skillify.worker.adapter.in.rest;

import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.json.JsonValue;
import io.skillify.worker.domain.Instruction;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.Worker;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Tasks and workers in the Buildd wire shape (§5). Maps, not records, because the protocol puts a resource's fields
 * at the top level beside {@code success} and extra fields such as {@code instructions} or {@code task}.
 */
final class WorkerWire {

    private WorkerWire() {
    }

    static Map<String, Object> success(Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.putAll(fields);
        return body;
    }

    static Map<String, Object> task(Task task) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", task.id().value());
        json.put("workspaceId", task.workspaceId().value());
        json.put("title", task.spec().title());
        json.put("description", task.spec().description());
        json.put("status", task.status().wire());
        json.put("priority", task.spec().priority());
        json.put("requiredCapabilities", task.spec().requiredCapabilities());
        json.put("context", node(task.spec().context()));
        json.put("attempts", task.attempts());
        json.put("workerId", task.workerId() == null ? null : task.workerId().value());
        json.put("runId", task.origin().map(origin -> origin.runId()).orElse(null));
        json.put("nodeId", task.origin().map(origin -> origin.nodeId()).orElse(null));
        json.put("output", node(task.output()));
        json.put("error", task.error());
        json.put("createdBy", task.createdBy() == null ? null : task.createdBy().value());
        json.put("createdAt", task.createdAt());
        json.put("updatedAt", task.updatedAt());
        return json;
    }

    static Map<String, Object> worker(Worker worker) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", worker.id().value());
        json.put("accountId", worker.accountId().value());
        json.put("taskId", worker.taskId().value());
        json.put("workspaceId", worker.workspaceId().value());
        json.put("name", worker.name());
        json.put("branch", worker.branch());
        json.put("status", worker.status().wire());
        json.put("progress", worker.progress());
        json.put("error", worker.error());
        json.put("costUsd", worker.costUsd());
        json.put("turns", worker.turns());
        json.put("localUiUrl", worker.localUiUrl());
        json.put("currentAction", worker.currentAction());
        json.put("milestones", worker.milestones().stream()
                .map(milestone -> Map.of("label", milestone.label(), "timestamp", milestone.timestamp()))
                .toList());
        json.put("output", node(worker.output()));
        json.put("startedAt", worker.startedAt());
        json.put("completedAt", worker.completedAt());
        json.put("leaseExpiresAt", worker.leaseUntil());
        json.put("createdAt", worker.createdAt());
        json.put("updatedAt", worker.updatedAt());
        return json;
    }

    static Map<String, Object> workerWithTask(Worker worker, Task task) {
        Map<String, Object> json = worker(worker);
        json.put("task", task(task));
        return json;
    }

    static List<Map<String, Object>> instructions(List<Instruction> instructions) {
        return instructions.stream().map(WorkerWire::instruction).toList();
    }

    static Map<String, Object> instruction(Instruction instruction) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("action", instruction.action().wire());
        json.put("text", instruction.text());
        json.put("timestamp", instruction.timestamp());
        return json;
    }

    private static JsonNode node(JsonValue value) {
        return value == null ? null : JsonDocuments.toJackson(value);
    }
}
