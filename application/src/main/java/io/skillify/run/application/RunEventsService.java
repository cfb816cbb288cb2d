package io.skillify.run.application;

import io.skillify.run.application.port.in.RunEventsQuery;
import io.skillify.run.application.port.out.RunQueries;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.view.RunEvent;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.WorkspaceId;
import java.util.List;
import java.util.Optional;

@UseCase
class RunEventsService implements RunEventsQuery {

    private final RunQueries queries;

    RunEventsService(RunQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<RunEvent> eventsAfter(WorkspaceId workspace, RunId run, long afterSeq, int limit) {
        return queries.events(workspace, run, afterSeq, limit);
    }

    @Override
    public Optional<RunEvent> end(WorkspaceId workspace, RunId run) {
        return queries.end(workspace, run);
    }
}
