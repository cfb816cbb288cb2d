package io.skillify.automation.application.port.in;

import io.skillify.automation.domain.view.FlowVersionView;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.WorkspaceId;

public interface GetFlowVersionQuery {

    FlowVersionView version(WorkspaceId workspace, AutomationId automation, int version);
}
