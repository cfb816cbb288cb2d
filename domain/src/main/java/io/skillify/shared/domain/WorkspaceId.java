package io.skillify.shared.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a workspace, the tenant every automation, run and task belongs to. */
public record WorkspaceId(UUID value) {

    public WorkspaceId {
        Objects.requireNonNull(value, "workspace id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
