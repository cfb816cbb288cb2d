package io.skillify.automation.application.port.in;

import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;

/** Deletes an automation; its runs stay readable for analytics. */
public interface DeleteAutomationUseCase {

    void delete(WorkspaceId workspace, AutomationId id, AccountId actor);
}
