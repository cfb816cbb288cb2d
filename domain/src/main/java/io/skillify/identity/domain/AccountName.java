package io.skillify.identity.domain;

import io.skillify.shared.domain.BoundedText;

public record AccountName(String value) {

    public static final int MAX_LENGTH = 100;

    public AccountName {
        value = BoundedText.require("name", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
