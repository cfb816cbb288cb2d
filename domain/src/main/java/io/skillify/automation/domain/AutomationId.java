package io.skillify.automation.domain;

import java.util.Objects;
import java.util.UUID;

public record AutomationId(UUID value) {

    public AutomationId {
        Objects.requireNonNull(value, "automation id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
