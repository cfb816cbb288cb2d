package io.skillify.automation.adapter.in.rest;

import jakarta.validation.constraints.Pattern;

/** PATCH: only the fields present change. Lengths are checked by the domain, in characters (not UTF-16 units). */
record ChangeAutomationRequest(
        @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        String description,
        Boolean enabled) {
}
