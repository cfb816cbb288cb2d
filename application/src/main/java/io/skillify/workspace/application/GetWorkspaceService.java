package io.skillify.workspace.application;

import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.in.GetWorkspaceQuery;
import io.skillify.workspace.application.port.out.WorkspaceQueries;
import io.skillify.workspace.domain.view.WorkspaceView;

@UseCase
class GetWorkspaceService implements GetWorkspaceQuery {

    private final WorkspaceQueries queries;

    GetWorkspaceService(WorkspaceQueries queries) {
        this.queries = queries;
    }

    @Override
    public WorkspaceView workspace(WorkspaceId workspace, AccountId viewer) {
        return queries.workspace(workspace, viewer).orElseThrow(() -> new NotFoundException("Workspace"));
    }
}
