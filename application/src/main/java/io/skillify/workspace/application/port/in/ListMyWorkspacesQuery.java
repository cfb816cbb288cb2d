package io.skillify.workspace.application.port.in;

import io.skillify.workspace.domain.view.WorkspaceView;
import io.skillify.shared.domain.AccountId;
import java.util.List;

/** Every workspace the account is a member of, oldest first. */
public interface ListMyWorkspacesQuery {

    List<WorkspaceView> workspacesOf(AccountId account);
}
