package io.skillify.automation.application.port.in;

import io.skillify.automation.domain.view.AutomationView;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.WorkspaceId;

public interface GetAutomationQuery {

    AutomationView automation(WorkspaceId workspace, AutomationId id);
}
