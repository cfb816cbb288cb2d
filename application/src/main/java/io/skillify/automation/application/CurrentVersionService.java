package io.skillify.automation.application;

import io.skillify.automation.application.port.in.CurrentVersionQuery;
import io.skillify.automation.application.port.out.AutomationQueries;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.WorkspaceId;

@UseCase
class CurrentVersionService implements CurrentVersionQuery {

    private final AutomationQueries queries;

    CurrentVersionService(AutomationQueries queries) {
        this.queries = queries;
    }

    @Override
    public int currentVersion(WorkspaceId workspace, AutomationId id) {
        return queries.currentVersion(workspace, id).orElseThrow(AutomationViews::notFound);
    }
}
