package io.skillify.workspace.domain.view;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.domain.Role;
import java.time.Instant;

/** A pending invitation of {@code accountId} to a workspace. */
public record InvitationView(WorkspaceId workspaceId, String workspaceName, AccountId accountId, Role role,
                             AccountId invitedBy, Instant invitedAt) {
}
