package io.skillify.workspace.application;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.out.WorkspaceQueries;
import io.skillify.workspace.application.port.out.WorkspaceRepository;
import io.skillify.workspace.domain.Workspace;
import io.skillify.workspace.domain.view.MemberView;

/** The workspace a membership change locks, and the member as it reads afterwards. */
final class Memberships {

    private final WorkspaceRepository workspaces;
    private final WorkspaceQueries queries;

    Memberships(WorkspaceRepository workspaces, WorkspaceQueries queries) {
        this.workspaces = workspaces;
        this.queries = queries;
    }

    Workspace lock(WorkspaceId id) {
        return workspaces.loadForUpdate(id).orElseThrow(() -> new NotFoundException("Workspace"));
    }

    MemberView member(WorkspaceId workspace, AccountId account) {
        return queries.member(workspace, account).orElseThrow(() -> new NotFoundException("Member"));
    }
}
