package io.skillify.automation.application.port.in;

import io.skillify.automation.domain.view.AutomationView;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.WorkspaceId;

/** Replaces the automation's webhook token; the old URL stops working at once. */
public interface RotateWebhookTokenUseCase {

    AutomationView rotateWebhookToken(WorkspaceId workspace, AutomationId id);
}
