package io.skillify.automation.domain.event;

import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;

public record AutomationCreated(WorkspaceId workspaceId, AutomationId automationId, String name, AccountId createdBy)
        implements DomainEvent {
}
