package io.skillify.workspace.adapter.in.rest;

import java.time.Instant;
import java.util.UUID;

/** A member ({@code status} {@code active}) or an invited account ({@code invited}, joinedAt = when invited). */
record MemberResponse(UUID accountId, String name, String type, String role, String status, Instant joinedAt) {
}
