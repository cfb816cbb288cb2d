package io.skillify.workspace.adapter.in.rest;

import java.util.UUID;

record DeletedResponse(UUID id, boolean deleted) {
}
