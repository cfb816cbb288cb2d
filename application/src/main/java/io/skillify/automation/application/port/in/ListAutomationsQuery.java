package io.skillify.automation.application.port.in;

import io.skillify.automation.domain.view.AutomationView;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.WorkspaceId;

/** A workspace's automations, newest first, optionally those whose name contains {@code search}. */
public interface ListAutomationsQuery {

    Page<AutomationView> automations(WorkspaceId workspace, String search, PageRequest page);
}
