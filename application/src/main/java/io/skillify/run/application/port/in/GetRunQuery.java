package io.skillify.run.application.port.in;

import io.skillify.run.domain.view.RunView;
import io.skillify.run.domain.RunId;
import io.skillify.shared.domain.WorkspaceId;

public interface GetRunQuery {

    RunView run(WorkspaceId workspace, RunId id);
}
