package io.skillify.automation.application;

import io.skillify.automation.application.port.out.AutomationQueries;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.nodetype.NodeTypeCatalog;
import io.skillify.automation.domain.nodetype.TriggerFiring;
import io.skillify.automation.domain.view.AutomationView;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import java.util.Optional;

/** An automation as its routes show it: the webhook token only when its current flow starts by webhook. */
final class AutomationViews {

    private final AutomationQueries queries;
    private final NodeTypeCatalog catalog;

    AutomationViews(AutomationQueries queries, NodeTypeCatalog catalog) {
        this.queries = queries;
        this.catalog = catalog;
    }

    AutomationView automation(WorkspaceId workspace, AutomationId id) {
        AutomationView view = queries.automation(workspace, id).orElseThrow(AutomationViews::notFound);
        boolean webhook = view.flow() != null && webhookTrigger(FlowGraph.restore(view.flow())).isPresent();
        return webhook ? view : new AutomationView(view.id(), view.workspaceId(), view.name(), view.description(),
                view.enabled(), view.currentVersion(), view.flow(), null, view.createdBy(), view.createdAt(),
                view.updatedAt());
    }

    Optional<FlowTrigger> webhookTrigger(FlowGraph flow) {
        return FlowTrigger.of(flow, catalog).filter(trigger -> trigger.fires(TriggerFiring.WEBHOOK));
    }

    static NotFoundException notFound() {
        return new NotFoundException("Automation");
    }
}
