package io.skillify.automation.application;

import io.skillify.automation.application.port.in.LoadFlowVersionQuery;
import io.skillify.automation.application.port.out.AutomationQueries;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.WorkspaceId;
import java.util.Optional;

@UseCase
class LoadFlowVersionService implements LoadFlowVersionQuery {

    private final AutomationQueries queries;

    LoadFlowVersionService(AutomationQueries queries) {
        this.queries = queries;
    }

    @Override
    public Optional<FlowGraph> flow(WorkspaceId workspace, AutomationId automation, int version) {
        return queries.version(workspace, automation, version).map(found -> FlowGraph.restore(found.flow()));
    }
}
