package io.skillify.workspace.application;

import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.AccountId;
import io.skillify.workspace.application.port.in.ListMyWorkspacesQuery;
import io.skillify.workspace.application.port.out.WorkspaceQueries;
import io.skillify.workspace.domain.view.WorkspaceView;
import java.util.List;

@UseCase
class ListMyWorkspacesService implements ListMyWorkspacesQuery {

    private final WorkspaceQueries queries;

    ListMyWorkspacesService(WorkspaceQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<WorkspaceView> workspacesOf(AccountId account) {
        return queries.workspacesOf(account);
    }
}
