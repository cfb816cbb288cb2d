package io.skillify.run.application.port.in;

import io.skillify.run.domain.RunId;
import io.skillify.shared.domain.WorkspaceId;

/** Compares two runs of the workspace (possibly of different automations); 404 when either is not there. */
public interface CompareRunsQuery {

    RunComparison compare(WorkspaceId workspace, RunId base, RunId head);
}
