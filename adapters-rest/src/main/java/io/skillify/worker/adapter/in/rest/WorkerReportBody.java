package io.skillify.worker.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** {@code PATCH /api/workers/{id}}: the updated worker's fields and the commands queued for it, each given once. */
record WorkerReportBody(boolean success, @JsonUnwrapped WorkerResponse worker, List<InstructionResponse> instructions) {
}
