package io.skillify.workspace.domain;

import io.skillify.shared.domain.BoundedText;

public record WorkspaceName(String value) {

    public static final int MAX_LENGTH = 100;

    public WorkspaceName {
        value = BoundedText.require("name", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
