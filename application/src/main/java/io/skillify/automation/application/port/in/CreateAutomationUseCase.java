package io.skillify.automation.application.port.in;

import io.skillify.automation.domain.view.AutomationView;
import io.skillify.automation.domain.AutomationDescription;
import io.skillify.automation.domain.AutomationName;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonValue;
import java.util.Objects;

public interface CreateAutomationUseCase {

    /** Creates the automation and, when a flow is given, validates and saves it as version 1 (all or nothing). */
    AutomationView create(CreateAutomationCommand command);

    record CreateAutomationCommand(WorkspaceId workspace, AccountId actor, AutomationName name,
                                   AutomationDescription description, JsonValue flow) {
        public CreateAutomationCommand {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(name, "name");
            description = description == null ? AutomationDescription.NONE : description;
        }
    }
}
