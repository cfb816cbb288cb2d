package io.skillify.workspace.adapter.in.rest;

import io.skillify.shared.adapter.in.rest.MaxCharacters;
import jakarta.validation.constraints.NotBlank;

record WorkspaceNameRequest(@NotBlank @MaxCharacters(100) String name) {
}
