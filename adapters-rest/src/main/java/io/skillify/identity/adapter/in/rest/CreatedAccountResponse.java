package io.skillify.identity.adapter.in.rest;

import java.time.Instant;
import java.util.UUID;

/** The only answer that ever holds an account's API key in plaintext. */
record CreatedAccountResponse(UUID id, String name, String type, String level, int maxConcurrentWorkers,
                              UUID ownerId, Instant createdAt, String apiKey) {
}
