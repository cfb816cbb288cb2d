package io.skillify.workspace.application.port.in;

import io.skillify.workspace.domain.view.WorkspaceView;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;

public interface GetWorkspaceQuery {

    WorkspaceView workspace(WorkspaceId workspace, AccountId viewer);
}
