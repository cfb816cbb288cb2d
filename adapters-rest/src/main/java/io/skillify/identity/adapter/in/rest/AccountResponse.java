package io.skillify.identity.adapter.in.rest;

import java.time.Instant;
import java.util.UUID;

record AccountResponse(UUID id, String name, String type, String level, int maxConcurrentWorkers, UUID ownerId,
                       Instant createdAt, Instant revokedAt) {
}
