package io.skillify.worker.adapter.in.rest;

import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/tasks} (with {@code workspaceId}) and {@code POST /api/{workspaceId}/tasks} (without). */
record CreateTaskRequest(UUID workspaceId, String title, String description, Integer priority,
                         List<String> requiredCapabilities, JsonNode context) {
}
