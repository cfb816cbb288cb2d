package io.skillify.worker.adapter.in.rest;

import java.util.List;

/** {@code GET /api/tasks}: one slice of the caller's tasks, with the counts Buildd clients show. */
record TaskListBody(boolean success, List<TaskResponse> tasks, long total, long pendingCount, boolean hasMore) {
}
