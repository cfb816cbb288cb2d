package io.skillify.workspace.adapter.in.rest;

import java.util.UUID;

/** Names the owned account whose invitation is accepted; absent (or no body at all) for the caller's own. */
record AcceptInvitationRequest(UUID accountId) {
}
