package io.skillify.worker.adapter.in.rest;

/** {@code POST /api/workers/{id}/cmd}. */
record CommandRequest(String action, String text) {
}
