package io.skillify.worker.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** {@code GET /api/tasks/{id}}: the task's fields at the top level, its workspace and its latest worker (or null). */
record TaskDetailsBody(boolean success, @JsonUnwrapped TaskResponse task, WorkerResponse worker) {
}
