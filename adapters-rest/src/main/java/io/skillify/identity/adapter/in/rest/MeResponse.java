package io.skillify.identity.adapter.in.rest;

import java.util.UUID;

/** {@code GET /api/accounts/me} in the Buildd shape: the fields at top level, beside {@code success}. */
record MeResponse(boolean success, UUID id, String name, String type, String level, int maxConcurrentWorkers) {
}
