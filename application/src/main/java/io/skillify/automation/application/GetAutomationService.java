package io.skillify.automation.application;

import io.skillify.automation.application.port.in.GetAutomationQuery;
import io.skillify.automation.application.port.out.AutomationQueries;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.nodetype.NodeTypeCatalog;
import io.skillify.automation.domain.view.AutomationView;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.WorkspaceId;

@UseCase
class GetAutomationService implements GetAutomationQuery {

    private final AutomationViews views;

    GetAutomationService(AutomationQueries queries, NodeTypeCatalog catalog) {
        this.views = new AutomationViews(queries, catalog);
    }

    @Override
    public AutomationView automation(WorkspaceId workspace, AutomationId id) {
        return views.automation(workspace, id);
    }
}
