package io.skillify.run.domain;

import java.util.Objects;
import java.util.UUID;

public record RunId(UUID value) {

    public RunId {
        Objects.requireNonNull(value, "run id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
