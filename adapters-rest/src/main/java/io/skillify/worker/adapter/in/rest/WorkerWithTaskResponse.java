package io.skillify.worker.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A worker's fields with its task, as {@code GET /api/workers/mine} lists them. */
record WorkerWithTaskResponse(@JsonUnwrapped WorkerResponse worker, TaskResponse task) {
}
