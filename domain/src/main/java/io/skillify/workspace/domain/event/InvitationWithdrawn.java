package io.skillify.workspace.domain.event;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;

public record InvitationWithdrawn(WorkspaceId workspaceId, AccountId accountId, AccountId withdrawnBy)
        implements DomainEvent {
}
