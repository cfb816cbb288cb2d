package io.skillify.worker.adapter.in.rest;

import java.util.List;
import java.util.UUID;

/** {@code POST /api/workers/claim}. */
record ClaimRequest(UUID workspaceId, List<String> capabilities, Integer maxTasks, String runner) {
}
