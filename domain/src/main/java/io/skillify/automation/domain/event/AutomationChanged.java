package io.skillify.automation.domain.event;

import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;

/** Name, description or enabled flag changed. */
public record AutomationChanged(WorkspaceId workspaceId, AutomationId automationId, String name, boolean enabled)
        implements DomainEvent {
}
