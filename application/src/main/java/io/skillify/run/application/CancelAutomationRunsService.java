package io.skillify.run.application;

import io.skillify.automation.application.port.in.FindNodeTypeQuery;
import io.skillify.automation.domain.AutomationId;
import io.skillify.run.application.port.in.CancelAutomationRunsUseCase;
import io.skillify.run.application.port.out.RunRepository;
import io.skillify.run.application.port.out.RunRepository.StoredRun;
import io.skillify.run.domain.RunId;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Clock;
import java.util.Optional;

@UseCase
class CancelAutomationRunsService implements CancelAutomationRunsUseCase {

    private final RunRepository runs;
    private final FlowCache flows;
    private final RunDispatcher dispatcher;
    private final RunCancellation cancellation;

    CancelAutomationRunsService(RunRepository runs, FlowCache flows, RunDispatcher dispatcher,
                                DomainEventPublisher events, FindNodeTypeQuery nodeTypes, Clock clock) {
        this.runs = runs;
        this.flows = flows;
        this.dispatcher = dispatcher;
        this.cancellation = new RunCancellation(runs, events, nodeTypes, clock);
    }

    @Override
    public void automationDeleted(WorkspaceId workspace, AutomationId automation, AccountId actor) {
        for (RunId id : runs.unfinished(workspace, automation)) {
            Optional<StoredRun> stored = runs.loadForUpdate(id);
            if (stored.isPresent() && !stored.get().status().isTerminal()) {
                cancellation.cancel(flows.rebuild(stored.get()),
                        "Run cancelled: its automation was deleted by " + actor).tellNodeTypes();
                dispatcher.interruptStep(id);
            }
        }
    }
}
