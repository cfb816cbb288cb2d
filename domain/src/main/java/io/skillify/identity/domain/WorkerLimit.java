package io.skillify.identity.domain;

import io.skillify.shared.domain.InvalidInputException;

/** How many workers an account may have active at once. */
public record WorkerLimit(int value) {

    public static final WorkerLimit DEFAULT = new WorkerLimit(3);
    public static final int MAX = 1000;

    public WorkerLimit {
        if (value < 0 || value > MAX) {
            throw InvalidInputException.of("maxConcurrentWorkers", "must be between 0 and " + MAX);
        }
    }
}
