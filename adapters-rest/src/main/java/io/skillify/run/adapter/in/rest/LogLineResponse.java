package io.skillify.run.adapter.in.rest;

import java.time.Instant;

record LogLineResponse(long seq, Instant at, String level, String nodeId, String message) {
}
