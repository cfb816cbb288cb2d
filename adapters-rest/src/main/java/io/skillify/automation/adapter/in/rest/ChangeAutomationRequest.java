package io.skillify.automation.adapter.in.rest;

import io.skillify.shared.adapter.in.rest.MaxCharacters;
import jakarta.validation.constraints.Pattern;

/** PATCH: only the fields present change. */
record ChangeAutomationRequest(
        @MaxCharacters(200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @MaxCharacters(2000) String description,
        Boolean enabled) {
}
