package io.skillify.automation.domain.view;

import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Instant;

/**
 * An automation as callers see it. {@code flow} is the current flow document (null in lists and before the first
 * save); {@code webhookToken} is set only while the current flow has a {@code trigger.webhook} node.
 */
public record AutomationView(AutomationId id, WorkspaceId workspaceId, String name, String description,
                             boolean enabled, int currentVersion, JsonObject flow, String webhookToken,
                             AccountId createdBy, Instant createdAt, Instant updatedAt) {

    public AutomationView withoutFlow() {
        return new AutomationView(id, workspaceId, name, description, enabled, currentVersion, null, null, createdBy,
                createdAt, updatedAt);
    }
}
