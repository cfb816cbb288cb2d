package io.skillify.automation.application.port.in;

import io.skillify.automation.domain.view.FlowVersionView;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonValue;
import java.util.Objects;

/**
 * Validates a flow and saves it as the automation's next immutable version; with {@code expectedVersion}, only if
 * that is still the current version (else 409 with {@code currentVersion}).
 */
public interface SaveFlowUseCase {

    FlowVersionView save(SaveFlowCommand command);

    record SaveFlowCommand(WorkspaceId workspace, AutomationId automation, AccountId actor, JsonValue flow,
                           Integer expectedVersion) {
        public SaveFlowCommand {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(automation, "automation");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(flow, "flow");
        }
    }
}
