package io.skillify.automation.adapter.in.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** PATCH: only the fields present change. */
record ChangeAutomationRequest(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @Size(max = 2000) String description,
        Boolean enabled) {
}
