package io.skillify.worker.adapter.in.rest;

/** {@code POST /api/workers/heartbeat}: what the worker process says about itself (kept for dashboards later). */
record HeartbeatRequest(String localUiUrl, Integer activeWorkerCount) {
}
