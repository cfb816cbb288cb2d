package io.skillify.automation.domain.view;

import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;

/** An automation's name and life span, deleted ones included ({@code deletedAt} is null while it lives). */
public record AutomationSummary(WorkspaceId workspaceId, AutomationId id, String name, Instant createdAt,
                                Instant deletedAt) {
}
