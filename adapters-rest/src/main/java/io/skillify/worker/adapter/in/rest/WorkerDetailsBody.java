package io.skillify.worker.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** {@code GET /api/workers/{id}}: the worker's fields at the top level and its task. */
record WorkerDetailsBody(boolean success, @JsonUnwrapped WorkerResponse worker, TaskResponse task) {
}
