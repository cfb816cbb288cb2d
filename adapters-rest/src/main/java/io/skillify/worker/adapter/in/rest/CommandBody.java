package io.skillify.worker.adapter.in.rest;

/** {@code POST /api/workers/{id}/cmd}: the command was sent. */
record CommandBody(boolean success, boolean ok, String action) {
}
