package io.skillify.analytics.application.port.out;

import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.view.AutomationSummary;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;

/** The workspaces' automations as analytics shows them: name, creation, deletion. */
public interface AutomationNames {

    /** Inserts or replaces what analytics knows of the automation. */
    void put(AutomationSummary automation);

    /** A new name; an automation analytics did not know yet is added as created {@code at}. */
    void renamed(WorkspaceId workspace, AutomationId automation, String name, Instant at);

    /** Marks the automation deleted {@code at}, keeping its name. */
    void deleted(WorkspaceId workspace, AutomationId automation, String name, Instant at);
}
