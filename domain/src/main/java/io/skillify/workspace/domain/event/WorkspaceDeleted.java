package io.skillify.workspace.domain.event;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;

/** The workspace and everything in it is gone; other contexts drop what they keep for it. */
public record WorkspaceDeleted(WorkspaceId workspaceId, AccountId deletedBy) implements DomainEvent {
}
