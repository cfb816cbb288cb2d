package io.skillify.worker.domain;

import io.skillify.shared.domain.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A worker's own account of its progress on one task. Active ones count against the account's limit. */
public enum WorkerStatus {
    IDLE, STARTING, RUNNING, WAITING_INPUT, PAUSED, COMPLETED, FAILED;

    public boolean isActive() {
        return !isTerminal();
    }

    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a status sent by a worker; {@code error} is accepted as a synonym of {@code failed}. */
    public static WorkerStatus parse(String value, String path) {
        if ("error".equals(value)) {
            return FAILED;
        }
        for (WorkerStatus status : values()) {
            if (status.wire().equals(value)) {
                return status;
            }
        }
        throw InvalidInputException.of(path, "must be one of " + Arrays.stream(values()).map(WorkerStatus::wire)
                .collect(Collectors.joining(", ")) + " (or error)");
    }
}
