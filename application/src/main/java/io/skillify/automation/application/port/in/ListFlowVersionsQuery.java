package io.skillify.automation.application.port.in;

import io.skillify.automation.domain.view.FlowVersionView;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.WorkspaceId;

/** An automation's versions, newest first, without their flows. */
public interface ListFlowVersionsQuery {

    Page<FlowVersionView> versions(WorkspaceId workspace, AutomationId automation, PageRequest page);
}
