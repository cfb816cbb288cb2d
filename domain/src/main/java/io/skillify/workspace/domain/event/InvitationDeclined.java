package io.skillify.workspace.domain.event;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;

public record InvitationDeclined(WorkspaceId workspaceId, AccountId accountId) implements DomainEvent {
}
