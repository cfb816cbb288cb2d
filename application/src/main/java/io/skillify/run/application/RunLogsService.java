package io.skillify.run.application;

import io.skillify.run.application.port.in.RunLogsQuery;
import io.skillify.run.application.port.out.RunQueries;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.view.LogLine;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import java.util.List;

@UseCase
class RunLogsService implements RunLogsQuery {

    private final RunQueries queries;

    RunLogsService(RunQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<LogLine> logs(WorkspaceId workspace, RunId run, long afterSeq, int limit) {
        if (!queries.exists(workspace, run)) {
            throw new NotFoundException("Run");
        }
        return queries.logs(workspace, run, afterSeq, limit);
    }
}
