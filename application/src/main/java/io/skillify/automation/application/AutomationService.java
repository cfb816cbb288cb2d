package io.skillify.automation.application;

import io.skillify.automation.domain.view.AutomationView;
import io.skillify.automation.application.port.in.ChangeAutomationUseCase;
import io.skillify.automation.application.port.in.CreateAutomationUseCase;
import io.skillify.automation.application.port.in.CurrentVersionQuery;
import io.skillify.automation.application.port.in.DeleteAutomationUseCase;
import io.skillify.automation.application.port.in.GetAutomationQuery;
import io.skillify.automation.application.port.in.ListAutomationsQuery;
import io.skillify.automation.application.port.in.RotateWebhookTokenUseCase;
import io.skillify.automation.application.port.in.WebhookTargetQuery;
import io.skillify.automation.application.port.out.AutomationQueries;
import io.skillify.automation.application.port.out.AutomationRepository;
import io.skillify.automation.application.port.out.ScheduleRepository;
import io.skillify.automation.domain.Automation;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.FlowVersion;
import io.skillify.automation.domain.WebhookToken;
import io.skillify.automation.domain.nodetype.TriggerFiring;
import io.skillify.automation.domain.event.AutomationCreated;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.flow.FlowLimits;
import io.skillify.automation.domain.nodetype.NodeTypeCatalog;
import io.skillify.shared.application.Ids;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

@UseCase
class AutomationService implements CreateAutomationUseCase, ListAutomationsQuery, GetAutomationQuery,
        ChangeAutomationUseCase, DeleteAutomationUseCase, RotateWebhookTokenUseCase, CurrentVersionQuery,
        WebhookTargetQuery {

    private final AutomationRepository automations;
    private final AutomationQueries queries;
    private final NodeTypeCatalog catalog;
    private final FlowLimits limits;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final SecureRandom random;
    private final Clock clock;
    private final ScheduleKeeper schedules;

    AutomationService(AutomationRepository automations, AutomationQueries queries, NodeTypeCatalog catalog,
                      FlowLimits limits, TransactionRunner transactions, DomainEventPublisher events,
                      SecureRandom random, Clock clock, ScheduleRepository schedules) {
        this.schedules = new ScheduleKeeper(schedules, catalog);
        this.automations = automations;
        this.queries = queries;
        this.catalog = catalog;
        this.limits = limits;
        this.transactions = transactions;
        this.events = events;
        this.random = random;
        this.clock = clock;
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
        return automation(command.workspace(), automation.id());
    }

    @Override
    public Page<AutomationView> automations(WorkspaceId workspace, String search, PageRequest page) {
        return queries.automations(workspace, search == null || search.isBlank() ? null : search.strip(), page)
                .map(AutomationView::withoutFlow);
    }

    @Override
    public AutomationView automation(WorkspaceId workspace, AutomationId id) {
        AutomationView view = queries.automation(workspace, id).orElseThrow(AutomationService::notFound);
        boolean webhook = view.flow() != null && webhookTrigger(FlowGraph.restore(view.flow())).isPresent();
        return webhook ? view : new AutomationView(view.id(), view.workspaceId(), view.name(), view.description(),
                view.enabled(), view.currentVersion(), view.flow(), null, view.createdBy(), view.createdAt(),
                view.updatedAt());
    }

    @Override
    public int currentVersion(WorkspaceId workspace, AutomationId id) {
        return queries.currentVersion(workspace, id).orElseThrow(AutomationService::notFound);
    }

    @Override
    public Optional<Target> target(AutomationId id, String token) {
        return queries.webhookTarget(id)
                .filter(view -> view.enabled() && view.flow() != null)
                .filter(view -> new WebhookToken(view.webhookToken()).matches(token))
                .flatMap(view -> webhookTrigger(FlowGraph.restore(view.flow()))
                        .map(trigger -> new Target(view.workspaceId(), view.id(), view.currentVersion(),
                                trigger.type().runLabel())));
    }

    private Optional<FlowTrigger> webhookTrigger(FlowGraph flow) {
        return FlowTrigger.of(flow, catalog).filter(trigger -> trigger.fires(TriggerFiring.WEBHOOK));
    }

    @Override
    public AutomationView change(ChangeAutomationCommand command) {
        transactions.inTransaction(() -> {
            Automation automation = load(command.workspace(), command.id());
            boolean wasEnabled = automation.enabled();
            Instant now = clock.instant();
            automation.change(command.name(), command.description(), command.enabled(), now).ifPresent(events::publish);
            automations.update(automation);
            if (automation.enabled() != wasEnabled) {
                schedules.keep(command.workspace(), automation.id(), automation.enabled(),
                        automation.currentVersion(), currentFlow(command.workspace(), automation), now);
            }
        });
        return automation(command.workspace(), command.id());
    }

    @Override
    public void delete(WorkspaceId workspace, AutomationId id, AccountId actor) {
        transactions.inTransaction(() -> {
            Automation automation = load(workspace, id);
            Instant now = clock.instant();
            events.publish(automation.delete(actor, now));
            automations.markDeleted(workspace, id, now);
            schedules.drop(workspace, id);
        });
    }

    @Override
    public AutomationView rotateWebhookToken(WorkspaceId workspace, AutomationId id) {
        transactions.inTransaction(() -> {
            Automation automation = load(workspace, id);
            automation.rotateWebhookToken(WebhookToken.generate(random), clock.instant());
            automations.update(automation);
        });
        return automation(workspace, id);
    }

    private FlowGraph currentFlow(WorkspaceId workspace, Automation automation) {
        return queries.version(workspace, automation.id(), automation.currentVersion())
                .map(version -> FlowGraph.restore(version.flow())).orElse(null);
    }

    private Automation load(WorkspaceId workspace, AutomationId id) {
        return automations.loadForUpdate(workspace, id).orElseThrow(AutomationService::notFound);
    }

    static NotFoundException notFound() {
        return new NotFoundException("Automation");
    }
}
