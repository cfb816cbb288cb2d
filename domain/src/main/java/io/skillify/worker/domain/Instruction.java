package io.skillify.worker.domain;

import java.time.Instant;
import java.util.Objects;

/** A command queued for a worker, handed over once, with its next update or heartbeat. */
public record Instruction(WorkerCommand action, String text, Instant timestamp) {

    public Instruction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
