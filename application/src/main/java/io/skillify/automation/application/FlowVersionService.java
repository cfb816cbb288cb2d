package io.skillify.automation.application;

import io.skillify.automation.domain.view.FlowVersionView;
import io.skillify.automation.application.port.in.GetFlowVersionQuery;
import io.skillify.automation.application.port.in.ListFlowVersionsQuery;
import io.skillify.automation.application.port.in.LoadFlowVersionQuery;
import io.skillify.automation.application.port.in.SaveFlowUseCase;
import io.skillify.automation.application.port.out.AutomationQueries;
import io.skillify.automation.application.port.out.AutomationRepository;
import io.skillify.automation.application.port.out.ScheduleRepository;
import io.skillify.automation.domain.Automation;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.FlowVersion;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.flow.FlowLimits;
import io.skillify.automation.domain.nodetype.NodeTypeCatalog;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Clock;
import java.util.Optional;

@UseCase
class FlowVersionService implements SaveFlowUseCase, ListFlowVersionsQuery, GetFlowVersionQuery,
        LoadFlowVersionQuery {

    private final AutomationRepository automations;
    private final AutomationQueries queries;
    private final NodeTypeCatalog catalog;
    private final FlowLimits limits;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final ScheduleKeeper schedules;

    FlowVersionService(AutomationRepository automations, AutomationQueries queries, NodeTypeCatalog catalog,
                       FlowLimits limits, TransactionRunner transactions, Clock clock,
                       ScheduleRepository schedules) {
        this.schedules = new ScheduleKeeper(schedules, catalog);
        this.automations = automations;
        this.queries = queries;
        this.catalog = catalog;
        this.limits = limits;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public FlowVersionView save(SaveFlowCommand command) {
        FlowGraph flow = FlowGraph.validate(command.flow(), catalog, limits);
        FlowVersion saved = transactions.inTransaction(() -> {
            Automation automation = automations.loadForUpdate(command.workspace(), command.automation())
                    .orElseThrow(AutomationViews::notFound);
            FlowVersion version = automation.saveFlow(flow, command.expectedVersion(), command.actor(),
                    clock.instant());
            automations.insertVersion(command.workspace(), version);
            automations.update(automation);
            schedules.keep(command.workspace(), command.automation(), automation.enabled(), version.version(), flow,
                    version.createdAt());
            return version;
        });
        return new FlowVersionView(saved.version(), saved.createdAt(), saved.createdBy(), flow.document());
    }

    @Override
    public Page<FlowVersionView> versions(WorkspaceId workspace, AutomationId automation, PageRequest page) {
        requireAutomation(workspace, automation);
        return queries.versions(workspace, automation, page);
    }

    @Override
    public FlowVersionView version(WorkspaceId workspace, AutomationId automation, int version) {
        requireAutomation(workspace, automation);
        return queries.version(workspace, automation, version)
                .orElseThrow(() -> new NotFoundException("Version"));
    }

    @Override
    public Optional<FlowGraph> flow(WorkspaceId workspace, AutomationId automation, int version) {
        return queries.version(workspace, automation, version).map(found -> FlowGraph.restore(found.flow()));
    }

    private void requireAutomation(WorkspaceId workspace, AutomationId automation) {
        queries.currentVersion(workspace, automation).orElseThrow(AutomationViews::notFound);
    }
}
