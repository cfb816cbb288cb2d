package io.skillify.automation.domain;

import io.skillify.shared.domain.BoundedText;

public record AutomationName(String value) {

    public static final int MAX_LENGTH = 200;

    public AutomationName {
        value = BoundedText.require("name", value, MAX_LENGTH);
    }
}
