package io.skillify.workspace.adapter.in.rest;

import java.time.Instant;
import java.util.UUID;

record MemberResponse(UUID accountId, String name, String type, String role, Instant joinedAt) {
}
