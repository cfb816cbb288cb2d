package io.skillify.identity.adapter.in.rest;

import io.skillify.shared.adapter.in.rest.MaxCharacters;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

record CreateAccountRequest(
        @NotBlank @MaxCharacters(100) String name,
        @Pattern(regexp = "user|service", message = "must be one of: user, service") String type,
        @Pattern(regexp = "admin|worker", message = "must be one of: admin, worker") String level,
        @Min(0) @Max(1000) Integer maxConcurrentWorkers) {
}
