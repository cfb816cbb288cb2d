package io.skillify.automation.application.port.in;

import io.skillify.automation.domain.view.AutomationView;
import io.skillify.automation.domain.AutomationDescription;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.AutomationName;
import io.skillify.shared.domain.WorkspaceId;
import java.util.Objects;

/** Renames, describes, enables or disables an automation; fields left null stay as they are. */
public interface ChangeAutomationUseCase {

    AutomationView change(ChangeAutomationCommand command);

    record ChangeAutomationCommand(WorkspaceId workspace, AutomationId id, AutomationName name,
                                   AutomationDescription description, Boolean enabled) {
        public ChangeAutomationCommand {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(id, "id");
        }
    }
}
