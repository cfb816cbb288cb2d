package io.skillify.worker.application;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.application.port.in.TaskInWorkspace.WorkspaceRef;
import io.skillify.workspace.application.port.in.ListMyWorkspacesQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/** The workspaces an account is a member of, by id, as the workspace context tells them. */
final class CallerWorkspaces {

    private final ListMyWorkspacesQuery workspaces;

    CallerWorkspaces(ListMyWorkspacesQuery workspaces) {
        this.workspaces = workspaces;
    }

    Map<WorkspaceId, WorkspaceRef> of(AccountId account) {
        Map<WorkspaceId, WorkspaceRef> byId = new LinkedHashMap<>();
        workspaces.workspacesOf(account).forEach(view -> byId.put(view.id(), new WorkspaceRef(view.id(), view.name())));
        return byId;
    }
}
