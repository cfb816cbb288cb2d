package io.skillify.run.application;

import io.skillify.automation.application.port.in.CurrentVersionQuery;
import io.skillify.automation.domain.AutomationId;
import io.skillify.run.application.port.in.ListRunsQuery;
import io.skillify.run.application.port.out.RunQueries;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.view.RunView;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;

@UseCase
class ListRunsService implements ListRunsQuery {

    private final RunQueries queries;
    private final CurrentVersionQuery automations;

    ListRunsService(RunQueries queries, CurrentVersionQuery automations) {
        this.queries = queries;
        this.automations = automations;
    }

    @Override
    public Page<RunView> runs(WorkspaceId workspace, AutomationId automation, RunStatus status, Instant from,
                              Instant to, PageRequest page) {
        automations.currentVersion(workspace, automation);
        return queries.runs(workspace, automation, status, from, to, page);
    }
}
