package io.skillify.worker.domain;

import java.util.Objects;
import java.util.UUID;

public record WorkerId(UUID value) {

    public WorkerId {
        Objects.requireNonNull(value, "worker id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
