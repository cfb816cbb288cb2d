package io.skillify.automation.application.port.in;

import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.WorkspaceId;

/** The current flow version of a live automation (0 before the first save); 404 when there is no such automation. */
public interface CurrentVersionQuery {

    int currentVersion(WorkspaceId workspace, AutomationId automation);
}
