package io.skillify.automation.application;

import io.skillify.automation.application.port.in.WebhookTargetQuery;
import io.skillify.automation.application.port.out.AutomationQueries;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.WebhookToken;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.nodetype.NodeTypeCatalog;
import io.skillify.shared.application.UseCase;
import java.util.Optional;

@UseCase
class WebhookTargetService implements WebhookTargetQuery {

    private final AutomationQueries queries;
    private final AutomationViews views;

    WebhookTargetService(AutomationQueries queries, NodeTypeCatalog catalog) {
        this.queries = queries;
        this.views = new AutomationViews(queries, catalog);
    }

    @Override
    public Optional<Target> target(AutomationId id, String token) {
        return queries.webhookTarget(id)
                .filter(view -> view.enabled() && view.flow() != null)
                .filter(view -> new WebhookToken(view.webhookToken()).matches(token))
                .flatMap(view -> views.webhookTrigger(FlowGraph.restore(view.flow()))
                        .map(trigger -> new Target(view.workspaceId(), view.id(), view.currentVersion(),
                                trigger.type().runLabel())));
    }
}
