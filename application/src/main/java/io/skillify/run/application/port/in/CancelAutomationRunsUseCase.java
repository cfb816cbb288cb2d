package io.skillify.run.application.port.in;

import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;

/**
 * Cancels every unfinished run (queued, running or waiting) of an automation that was deleted, in the caller's
 * transaction, interrupting their steps in flight; finished runs stay readable.
 */
public interface CancelAutomationRunsUseCase {

    void automationDeleted(WorkspaceId workspace, AutomationId automation, AccountId actor);
}
