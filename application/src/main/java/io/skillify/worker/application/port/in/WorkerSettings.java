package io.skillify.worker.application.port.in;

import java.time.Duration;

/** How long a claim or a report keeps a worker alive, and how many claims a task gets before it fails. */
public record WorkerSettings(Duration lease, int maxAttempts, Duration reaperInterval) {

    public WorkerSettings {
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("the worker lease must be positive");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be at least 1");
        }
    }
}
