package io.skillify.automation.domain;

import io.skillify.shared.domain.Characters;
import io.skillify.shared.domain.InvalidInputException;

/** Free text about an automation; may be empty, at most 2,000 characters. */
public record AutomationDescription(String value) {

    public static final int MAX_LENGTH = 2000;
    public static final AutomationDescription NONE = new AutomationDescription("");

    public AutomationDescription {
        value = value == null ? "" : value.strip();
        if (Characters.exceed(value, MAX_LENGTH)) {
            throw InvalidInputException.of("description", "must be at most " + MAX_LENGTH + " characters");
        }
    }
}
