package io.skillify.worker.domain;

import io.skillify.shared.domain.InvalidInputException;
import java.util.Locale;

/** What an admin can tell a live worker to do. */
public enum WorkerCommand {
    PAUSE, RESUME, ABORT, MESSAGE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WorkerCommand parse(String value) {
        for (WorkerCommand command : values()) {
            if (command.wire().equals(value)) {
                return command;
            }
        }
        throw InvalidInputException.of("action", "must be one of pause, resume, abort, message");
    }
}
