package io.skillify.run.adapter.in.event;

import io.skillify.automation.domain.event.AutomationDeleted;
import io.skillify.run.application.port.in.CancelAutomationRunsUseCase;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Cancels a deleted automation's unfinished runs. A plain {@link EventListener} runs in the publisher's thread and
 * transaction, so the deletion and the cancellations commit together: once DELETE has answered, no run of the
 * automation starts another step.
 */
@Component
class DeletedAutomationListener {

    private final CancelAutomationRunsUseCase runs;

    DeletedAutomationListener(CancelAutomationRunsUseCase runs) {
        this.runs = runs;
    }

    @EventListener
    void on(AutomationDeleted deleted) {
        runs.automationDeleted(deleted.workspaceId(), deleted.automationId(), deleted.deletedBy());
    }
}
