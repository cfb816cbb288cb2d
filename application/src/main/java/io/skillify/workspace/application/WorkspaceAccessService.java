package io.skillify.workspace.application;

import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.in.CheckWorkspaceAccessQuery;
import io.skillify.workspace.application.port.out.WorkspaceQueries;
import io.skillify.workspace.domain.view.WorkspaceAccess;

@UseCase
class WorkspaceAccessService implements CheckWorkspaceAccessQuery {

    private final WorkspaceQueries queries;

    WorkspaceAccessService(WorkspaceQueries queries) {
        this.queries = queries;
    }

    @Override
    public WorkspaceAccess accessOf(AccountId account, WorkspaceId workspace) {
        return queries.accessOf(account, workspace);
    }
}
