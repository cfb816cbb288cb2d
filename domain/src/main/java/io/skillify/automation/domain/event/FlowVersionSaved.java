package io.skillify.automation.domain.event;

import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;

public record FlowVersionSaved(WorkspaceId workspaceId, AutomationId automationId, int version, AccountId savedBy)
        implements DomainEvent {
}
