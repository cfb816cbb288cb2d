package io.skillify.workspace.application;

import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.in.ListMembersQuery;
import io.skillify.workspace.application.port.out.WorkspaceQueries;
import io.skillify.workspace.domain.view.MemberView;

@UseCase
class ListMembersService implements ListMembersQuery {

    private final WorkspaceQueries queries;

    ListMembersService(WorkspaceQueries queries) {
        this.queries = queries;
    }

    @Override
    public Page<MemberView> members(WorkspaceId workspace, PageRequest page) {
        return queries.members(workspace, page);
    }
}
