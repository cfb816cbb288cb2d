package io.skillify.automation.application;

import io.skillify.automation.application.port.in.ChangeAutomationUseCase;
import io.skillify.automation.application.port.out.AutomationQueries;
import io.skillify.automation.application.port.out.AutomationRepository;
import io.skillify.automation.application.port.out.ScheduleRepository;
import io.skillify.automation.domain.Automation;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.nodetype.NodeTypeCatalog;
import io.skillify.automation.domain.view.AutomationView;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Clock;
import java.time.Instant;

@UseCase
class ChangeAutomationService implements ChangeAutomationUseCase {

    private final AutomationRepository automations;
    private final AutomationQueries queries;
    private final AutomationViews views;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final Clock clock;
    private final ScheduleKeeper schedules;

    ChangeAutomationService(AutomationRepository automations, AutomationQueries queries, NodeTypeCatalog catalog,
                            TransactionRunner transactions, DomainEventPublisher events, Clock clock,
                            ScheduleRepository schedules) {
        this.automations = automations;
        this.queries = queries;
        this.views = new AutomationViews(queries, catalog);
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.schedules = new ScheduleKeeper(schedules, catalog);
    }

    @Override
    public AutomationView change(ChangeAutomationCommand command) {
        transactions.inTransaction(() -> {
            Automation automation = automations.loadForUpdate(command.workspace(), command.id())
                    .orElseThrow(AutomationViews::notFound);
            boolean wasEnabled = automation.enabled();
            Instant now = clock.instant();
            automation.change(command.name(), command.description(), command.enabled(), now).ifPresent(events::publish);
            automations.update(automation);
            if (automation.enabled() != wasEnabled) {
                schedules.keep(command.workspace(), automation.id(), automation.enabled(),
                        automation.currentVersion(), currentFlow(command.workspace(), automation), now);
            }
        });
        return views.automation(command.workspace(), command.id());
    }

    private FlowGraph currentFlow(WorkspaceId workspace, Automation automation) {
        return queries.version(workspace, automation.id(), automation.currentVersion())
                .map(version -> FlowGraph.restore(version.flow())).orElse(null);
    }
}
