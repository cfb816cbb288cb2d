package io.skillify.automation.application;

import io.skillify.automation.domain.view.FlowVersionView;
import io.skillify.automation.application.port.in.SaveFlowUseCase;
import io.skillify.automation.application.port.out.AutomationRepository;
import io.skillify.automation.application.port.out.ScheduleRepository;
import io.skillify.automation.domain.Automation;
import io.skillify.automation.domain.FlowVersion;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.flow.FlowLimits;
import io.skillify.automation.domain.nodetype.NodeTypeCatalog;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.TransactionRunner;
import java.time.Clock;

@UseCase
class SaveFlowService implements SaveFlowUseCase {

    private final AutomationRepository automations;
    private final NodeTypeCatalog catalog;
    private final FlowLimits limits;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final ScheduleKeeper schedules;

    SaveFlowService(AutomationRepository automations, NodeTypeCatalog catalog, FlowLimits limits,
                    TransactionRunner transactions, Clock clock, ScheduleRepository schedules) {
        this.schedules = new ScheduleKeeper(schedules, catalog);
        this.automations = automations;
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
}
