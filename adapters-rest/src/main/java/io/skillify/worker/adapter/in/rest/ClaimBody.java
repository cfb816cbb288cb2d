package io.skillify.worker.adapter.in.rest;

import java.util.List;
import java.util.UUID;

/** {@code POST /api/workers/claim}: one new worker per claimed task (an empty list when nothing fits). */
record ClaimBody(boolean success, List<ClaimedWorker> workers) {

    record ClaimedWorker(UUID id, UUID taskId, String branch, String name, TaskResponse task) {
    }
}
