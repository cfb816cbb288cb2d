package io.skillify.run.application;

import io.skillify.automation.application.port.in.FindNodeTypeQuery;
import io.skillify.run.application.port.in.CancelRunUseCase;
import io.skillify.run.application.port.out.RunQueries;
import io.skillify.run.application.port.out.RunRepository;
import io.skillify.run.domain.Run;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.view.RunView;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Clock;

@UseCase
class CancelRunService implements CancelRunUseCase {

    private final RunRepository runs;
    private final RunQueries queries;
    private final FlowCache flows;
    private final RunDispatcher dispatcher;
    private final TransactionRunner transactions;
    private final RunCancellation cancellation;

    CancelRunService(RunRepository runs, RunQueries queries, FlowCache flows, RunDispatcher dispatcher,
                     TransactionRunner transactions, DomainEventPublisher events, FindNodeTypeQuery nodeTypes,
                     Clock clock) {
        this.runs = runs;
        this.queries = queries;
        this.flows = flows;
        this.dispatcher = dispatcher;
        this.transactions = transactions;
        this.cancellation = new RunCancellation(runs, events, nodeTypes, clock);
    }

    @Override
    public RunView cancel(WorkspaceId workspace, RunId id, AccountId actor) {
        RunCancellation.Cancelled cancelled = transactions.inTransaction(() -> {
            Run run = flows.rebuild(RunCancellation.inWorkspace(workspace, runs.loadForUpdate(id)));
            return cancellation.cancel(run, "Run cancelled by " + actor);
        });
        dispatcher.interruptStep(id);
        cancelled.tellNodeTypes();
        return queries.run(workspace, id).orElseThrow(() -> new NotFoundException("Run"));
    }
}
