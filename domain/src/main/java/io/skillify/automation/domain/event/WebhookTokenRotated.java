package io.skillify.automation.domain.event;

import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;

public record WebhookTokenRotated(WorkspaceId workspaceId, AutomationId automationId) implements DomainEvent {
}
