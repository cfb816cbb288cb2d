package io.skillify.workspace.application.port.in;

import io.skillify.workspace.domain.view.WorkspaceView;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.domain.WorkspaceName;

public interface RenameWorkspaceUseCase {

    WorkspaceView rename(WorkspaceId workspace, AccountId actor, WorkspaceName name);
}
