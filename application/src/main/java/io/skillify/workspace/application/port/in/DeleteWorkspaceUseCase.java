package io.skillify.workspace.application.port.in;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;

/** Deletes a workspace and everything in it. */
public interface DeleteWorkspaceUseCase {

    void delete(WorkspaceId workspace, AccountId actor);
}
