package io.skillify.workspace.domain.view;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.domain.Role;
import java.time.Instant;

/** A workspace as one of its members sees it, with that member's role. */
public record WorkspaceView(WorkspaceId id, String name, Role role, AccountId createdBy, Instant createdAt) {
}
