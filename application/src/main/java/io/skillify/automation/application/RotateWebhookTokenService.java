package io.skillify.automation.application;

import io.skillify.automation.application.port.in.RotateWebhookTokenUseCase;
import io.skillify.automation.application.port.out.AutomationQueries;
import io.skillify.automation.application.port.out.AutomationRepository;
import io.skillify.automation.domain.Automation;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.WebhookToken;
import io.skillify.automation.domain.nodetype.NodeTypeCatalog;
import io.skillify.automation.domain.view.AutomationView;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.WorkspaceId;
import java.security.SecureRandom;
import java.time.Clock;

@UseCase
class RotateWebhookTokenService implements RotateWebhookTokenUseCase {

    private final AutomationRepository automations;
    private final AutomationViews views;
    private final TransactionRunner transactions;
    private final SecureRandom random;
    private final Clock clock;

    RotateWebhookTokenService(AutomationRepository automations, AutomationQueries queries, NodeTypeCatalog catalog,
                              TransactionRunner transactions, SecureRandom random, Clock clock) {
        this.automations = automations;
        this.views = new AutomationViews(queries, catalog);
        this.transactions = transactions;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public AutomationView rotateWebhookToken(WorkspaceId workspace, AutomationId id) {
        transactions.inTransaction(() -> {
            Automation automation = automations.loadForUpdate(workspace, id).orElseThrow(AutomationViews::notFound);
            automation.rotateWebhookToken(WebhookToken.generate(random), clock.instant());
            automations.update(automation);
        });
        return views.automation(workspace, id);
    }
}
