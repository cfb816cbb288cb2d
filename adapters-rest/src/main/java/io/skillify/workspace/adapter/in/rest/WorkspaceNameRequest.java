package io.skillify.workspace.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;

/** Lengths are checked by the domain, in characters (a {@code @Size} would count UTF-16 units). */
record WorkspaceNameRequest(@NotBlank String name) {
}
