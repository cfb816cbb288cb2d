package io.skillify.workspace.adapter.in.rest;

import java.util.UUID;

record DeclinedInvitationResponse(UUID workspaceId, UUID accountId, boolean declined) {
}
