package io.skillify.workspace.adapter.in.rest;

import java.time.Instant;
import java.util.UUID;

record WorkspaceResponse(UUID id, String name, String role, UUID createdBy, Instant createdAt) {
}
