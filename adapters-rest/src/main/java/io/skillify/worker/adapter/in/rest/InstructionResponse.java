package io.skillify.worker.adapter.in.rest;

import java.time.Instant;

/** A queued command: {@code pause | resume | abort | message}, with the text of a message. */
record InstructionResponse(String action, String text, Instant timestamp) {
}
