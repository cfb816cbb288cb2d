package io.skillify.automation.domain.event;

import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;

/** An automation is gone: its unfinished runs are cancelled in the same transaction; analytics keeps its name. */
public record AutomationDeleted(WorkspaceId workspaceId, AutomationId automationId, String name, AccountId deletedBy,
                                Instant deletedAt) implements DomainEvent {
}
