package io.skillify.automation.application.port.in;

import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.WorkspaceId;
import java.util.Optional;

/**
 * The automation a webhook call may start: live, enabled, its current flow starts with a trigger that fires by
 * webhook ({@code TriggerFiring.WEBHOOK}, e.g. {@code trigger.webhook}), and the token matches (compared in constant
 * time). Empty otherwise, whatever the reason. {@code trigger}: the label of the run it starts.
 */
public interface WebhookTargetQuery {

    Optional<Target> target(AutomationId automation, String token);

    record Target(WorkspaceId workspace, AutomationId automation, int version, String trigger) {
    }
}
