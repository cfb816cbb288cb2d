package io.skillify.run.adapter.in.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

record RetryRunRequest(@NotNull @Pattern(regexp = "failed|start", message = "must be one of: failed, start") String from) {
}
