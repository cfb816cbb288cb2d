package io.skillify.workspace.adapter.in.rest;

import java.time.Instant;
import java.util.UUID;

record AcceptedInvitationResponse(UUID workspaceId, UUID accountId, String name, String type, String role,
                                  String status, Instant joinedAt) {
}
