package io.skillify.worker.adapter.in.rest;

import java.util.List;

/** {@code GET /api/workers/mine}. */
record MyWorkersBody(boolean success, List<WorkerWithTaskResponse> workers) {
}
