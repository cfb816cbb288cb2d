package io.skillify.automation.application;

import io.skillify.automation.application.port.in.ListAutomationsQuery;
import io.skillify.automation.application.port.out.AutomationQueries;
import io.skillify.automation.domain.view.AutomationView;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.WorkspaceId;

@UseCase
class ListAutomationsService implements ListAutomationsQuery {

    private final AutomationQueries queries;

    ListAutomationsService(AutomationQueries queries) {
        this.queries = queries;
    }

    @Override
    public Page<AutomationView> automations(WorkspaceId workspace, String search, PageRequest page) {
        return queries.automations(workspace, search == null || search.isBlank() ? null : search.strip(), page)
                .map(AutomationView::withoutFlow);
    }
}
