package io.skillify.automation.application;

import io.skillify.automation.application.port.in.GetFlowVersionQuery;
import io.skillify.automation.application.port.out.AutomationQueries;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.view.FlowVersionView;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;

@UseCase
class GetFlowVersionService implements GetFlowVersionQuery {

    private final AutomationQueries queries;

    GetFlowVersionService(AutomationQueries queries) {
        this.queries = queries;
    }

    @Override
    public FlowVersionView version(WorkspaceId workspace, AutomationId automation, int version) {
        queries.currentVersion(workspace, automation).orElseThrow(AutomationViews::notFound);
        return queries.version(workspace, automation, version)
                .orElseThrow(() -> new NotFoundException("Version"));
    }
}
