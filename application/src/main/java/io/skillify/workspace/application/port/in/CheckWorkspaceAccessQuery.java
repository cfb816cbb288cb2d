package io.skillify.workspace.application.port.in;

import io.skillify.workspace.domain.view.WorkspaceAccess;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;

/** The one membership check behind every workspace-scoped route. */
public interface CheckWorkspaceAccessQuery {

    WorkspaceAccess accessOf(AccountId account, WorkspaceId workspace);
}
