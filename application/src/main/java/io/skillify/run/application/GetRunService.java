package io.skillify.run.application;

import io.skillify.run.application.port.in.GetRunQuery;
import io.skillify.run.application.port.out.RunQueries;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.view.RunView;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;

@UseCase
class GetRunService implements GetRunQuery {

    private final RunQueries queries;

    GetRunService(RunQueries queries) {
        this.queries = queries;
    }

    @Override
    public RunView run(WorkspaceId workspace, RunId id) {
        return queries.run(workspace, id).orElseThrow(() -> new NotFoundException("Run"));
    }
}
