package io.skillify.automation.domain.event;

import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;

public record AutomationDeleted(WorkspaceId workspaceId, AutomationId automationId, AccountId deletedBy)
        implements DomainEvent {
}
