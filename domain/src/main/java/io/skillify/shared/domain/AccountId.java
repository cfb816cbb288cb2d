package io.skillify.shared.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies an account (a person or a worker) across every context. */
public record AccountId(UUID value) {

    public AccountId {
        Objects.requireNonNull(value, "account id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
