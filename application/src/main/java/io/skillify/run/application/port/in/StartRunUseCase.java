package io.skillify.run.application.port.in;

import io.skillify.run.domain.view.RunView;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonValue;
import java.util.Objects;

/** Queues a run of an automation's current (or a given) flow version; the engine picks it up at once. */
public interface StartRunUseCase {

    RunView start(StartRunCommand command);

    record StartRunCommand(WorkspaceId workspace, AutomationId automation, AccountId actor, JsonValue input,
                           Integer version) {
        public StartRunCommand {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(automation, "automation");
        }
    }
}
