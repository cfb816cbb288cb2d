package io.skillify.workspace.application.port.in;

import io.skillify.workspace.domain.view.WorkspaceView;
import io.skillify.shared.domain.AccountId;
import io.skillify.workspace.domain.WorkspaceName;

/** Creates a workspace whose creator becomes its owner. */
public interface CreateWorkspaceUseCase {

    WorkspaceView create(AccountId creator, WorkspaceName name);
}
