package io.skillify.worker.domain;

import io.skillify.shared.domain.ConflictException;
import java.util.Map;

/** An update to a worker that already completed or failed: the worker must stop ({@code abort: true}). */
public final class WorkerEndedException extends ConflictException {

    public WorkerEndedException(WorkerStatus status, String reason) {
        super("Worker is already " + StatusWords.of(status), Map.of("abort", true, "reason", reason));
    }
}
