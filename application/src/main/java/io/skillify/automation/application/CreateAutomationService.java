package io.skillify.automation.application;

import io.skillify.automation.application.port.in.CreateAutomationUseCase;
import io.skillify.automation.application.port.out.AutomationQueries;
import io.skillify.automation.application.port.out.AutomationRepository;
import io.skillify.automation.application.port.out.ScheduleRepository;
import io.skillify.automation.domain.Automation;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.FlowVersion;
import io.skillify.automation.domain.WebhookToken;
import io.skillify.automation.domain.event.AutomationCreated;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.flow.FlowLimits;
import io.skillify.automation.domain.nodetype.NodeTypeCatalog;
import io.skillify.automation.domain.view.AutomationView;
import io.skillify.shared.application.Ids;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

@UseCase
class CreateAutomationService implements CreateAutomationUseCase {

    private final AutomationRepository automations;
    private final AutomationViews views;
    private final NodeTypeCatalog catalog;
    private final FlowLimits limits;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final SecureRandom random;
    private final Clock clock;
    private final ScheduleKeeper schedules;

    CreateAutomationService(AutomationRepository automations, AutomationQueries queries, NodeTypeCatalog catalog,
                            FlowLimits limits, TransactionRunner transactions, DomainEventPublisher events,
                            SecureRandom random, Clock clock, ScheduleRepository schedules) {
        this.automations = automations;
        this.views = new AutomationViews(queries, catalog);
        this.catalog = catalog;
        this.limits = limits;
        this.transactions = transactions;
        this.events = events;
        this.random = random;
        this.clock = clock;
        this.schedules = new ScheduleKeeper(schedules, catalog);
    }

    @Override
    public AutomationView create(CreateAutomationCommand command) {
        FlowGraph flow = command.flow() == null ? null : FlowGraph.validate(command.flow(), catalog, limits);
        Instant now = clock.instant();
        Automation automation = Automation.create(new AutomationId(Ids.next()), command.workspace(), command.name(),
                command.description(), WebhookToken.generate(random), command.actor(), now);
        transactions.inTransaction(() -> {
            automations.insert(automation);
            events.publish(new AutomationCreated(command.workspace(), automation.id(), command.name().value(),
                    command.actor()));
            if (flow != null) {
                FlowVersion first = automation.saveFlow(flow, null, command.actor(), now);
                automations.insertVersion(command.workspace(), first);
                automations.update(automation);
                schedules.keep(command.workspace(), automation.id(), automation.enabled(), first.version(), flow,
                        first.createdAt());
            }
        });
        return views.automation(command.workspace(), automation.id());
    }
}
