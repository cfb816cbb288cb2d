package io.skillify.automation.domain.event;

import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;

/** An automation got a new name (analytics shows automations by name). */
public record AutomationRenamed(WorkspaceId workspaceId, AutomationId automationId, String previousName, String name,
                                Instant renamedAt) implements DomainEvent {
}
