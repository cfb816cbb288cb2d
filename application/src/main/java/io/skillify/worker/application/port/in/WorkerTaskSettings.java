package io.skillify.worker.application.port.in;

import java.time.Duration;

/**
 * How often a {@code worker.task} step looks at its task without being woken: a safety net only, since the end of
 * the task wakes the step at once.
 */
public record WorkerTaskSettings(Duration recheck) {

    public WorkerTaskSettings {
        if (recheck.isNegative() || recheck.isZero()) {
            throw new IllegalArgumentException("the worker task re-check must be positive");
        }
    }
}
