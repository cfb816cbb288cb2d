package io.skillify.worker.adapter.in.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code POST /api/workers/heartbeat}: pending tasks the caller could claim, and commands queued for its workers. */
record HeartbeatBody(boolean success, boolean ok, long pendingTaskCount, List<QueuedInstruction> instructions) {

    record QueuedInstruction(UUID workerId, String action, String text, Instant timestamp) {
    }
}
