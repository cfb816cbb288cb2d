package io.skillify.worker.domain;

import java.util.Objects;
import java.util.UUID;

public record TaskId(UUID value) {

    public TaskId {
        Objects.requireNonNull(value, "task id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
