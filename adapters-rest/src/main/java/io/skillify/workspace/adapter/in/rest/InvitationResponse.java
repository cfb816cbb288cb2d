package io.skillify.workspace.adapter.in.rest;

import java.time.Instant;
import java.util.UUID;

/** A pending invitation; {@code accountId} says which account (the caller or one it owns) is invited. */
record InvitationResponse(UUID workspaceId, String workspaceName, UUID accountId, String role, UUID invitedBy,
                          Instant invitedAt) {
}
