package io.skillify.automation.application;

import io.skillify.automation.application.port.in.ListFlowVersionsQuery;
import io.skillify.automation.application.port.out.AutomationQueries;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.view.FlowVersionView;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.WorkspaceId;

@UseCase
class ListFlowVersionsService implements ListFlowVersionsQuery {

    private final AutomationQueries queries;

    ListFlowVersionsService(AutomationQueries queries) {
        this.queries = queries;
    }

    @Override
    public Page<FlowVersionView> versions(WorkspaceId workspace, AutomationId automation, PageRequest page) {
        queries.currentVersion(workspace, automation).orElseThrow(AutomationViews::notFound);
        return queries.versions(workspace, automation, page);
    }
}
