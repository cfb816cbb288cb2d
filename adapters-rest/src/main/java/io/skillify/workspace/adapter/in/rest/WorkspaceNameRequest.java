package io.skillify.workspace.adapter.in.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record WorkspaceNameRequest(@NotBlank @Size(max = 100) String name) {
}
