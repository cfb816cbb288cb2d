package io.skillify.automation.application.port.out;

import io.skillify.automation.domain.view.AutomationView;
import io.skillify.automation.domain.view.FlowVersionView;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.WorkspaceId;
import java.util.Optional;
import java.util.OptionalInt;

/** Read models of automations; webhook tokens are returned as stored, the service decides whether to show them. */
public interface AutomationQueries {

    Optional<AutomationView> automation(WorkspaceId workspace, AutomationId id);

    /** A live automation by id alone (for webhook calls, which carry no workspace), with its current flow. */
    Optional<AutomationView> webhookTarget(AutomationId id);

    /** Just the current version of a live automation: the cheap question runs ask. */
    OptionalInt currentVersion(WorkspaceId workspace, AutomationId id);

    Page<AutomationView> automations(WorkspaceId workspace, String search, PageRequest page);

    Page<FlowVersionView> versions(WorkspaceId workspace, AutomationId automation, PageRequest page);

    Optional<FlowVersionView> version(WorkspaceId workspace, AutomationId automation, int version);
}
