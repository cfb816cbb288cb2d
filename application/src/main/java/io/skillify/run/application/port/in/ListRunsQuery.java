package io.skillify.run.application.port.in;

import io.skillify.run.domain.view.RunView;
import io.skillify.automation.domain.AutomationId;
import io.skillify.run.domain.RunStatus;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;

/** An automation's runs, newest first, optionally of one status and created within [from, to). */
public interface ListRunsQuery {

    Page<RunView> runs(WorkspaceId workspace, AutomationId automation, RunStatus status, Instant from, Instant to,
                       PageRequest page);
}
