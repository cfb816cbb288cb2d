package io.skillify.worker.adapter.in.rest;

import java.util.List;
import java.util.UUID;

/** {@code POST /api/workers/claim}; with {@code taskId}, only that task (contract §5 v1.1). */
record ClaimRequest(UUID workspaceId, UUID taskId, List<String> capabilities, Integer maxTasks, String runner) {
}
