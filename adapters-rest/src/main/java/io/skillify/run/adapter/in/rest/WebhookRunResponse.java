package io.skillify.run.adapter.in.rest;

import java.util.UUID;

/** The run a webhook call started. */
record WebhookRunResponse(UUID runId) {
}
