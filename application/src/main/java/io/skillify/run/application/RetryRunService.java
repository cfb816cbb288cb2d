package io.skillify.run.application;

import io.skillify.automation.application.port.in.CurrentVersionQuery;
import io.skillify.run.application.port.in.RetryRunUseCase;
import io.skillify.run.application.port.out.RunRepository;
import io.skillify.run.application.port.out.RunRepository.StoredRun;
import io.skillify.run.domain.Run;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepState;
import io.skillify.run.domain.StepStatus;
import io.skillify.run.domain.view.RunView;
import io.skillify.shared.application.Ids;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.ConflictException;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Clock;
import java.util.List;

@UseCase
class RetryRunService implements RetryRunUseCase {

    private final RunRepository runs;
    private final CurrentVersionQuery automations;
    private final FlowCache flows;
    private final RunLauncher launcher;
    private final Clock clock;

    RetryRunService(RunRepository runs, CurrentVersionQuery automations, FlowCache flows, RunDispatcher dispatcher,
                    TransactionRunner transactions, Clock clock) {
        this.runs = runs;
        this.automations = automations;
        this.flows = flows;
        this.launcher = new RunLauncher(runs, dispatcher, transactions);
        this.clock = clock;
    }

    @Override
    public RunView retry(WorkspaceId workspace, RunId id, AccountId actor, From from) {
        StoredRun original = RunCancellation.inWorkspace(workspace, runs.load(id));
        automations.currentVersion(workspace, original.automationId());
        if (!original.status().isTerminal()) {
            throw new ConflictException("The run has not finished yet");
        }
        if (from == From.FAILED && original.status() != RunStatus.FAILED) {
            throw new ConflictException("Only a failed run can be retried from its failed step; retry from start");
        }
        List<StepState> reused = from == From.FAILED
                ? original.steps().stream().filter(step -> step.status() == StepStatus.SUCCEEDED).toList()
                : List.of();
        Run retry = new Run(new RunId(Ids.next()), original.workspaceId(), original.automationId(),
                original.version(), flows.flow(original.workspaceId(), original.automationId(), original.version()),
                original.input(), original.id(), RunStatus.QUEUED, null, clock.instant(), null, null, reused);
        return launcher.launch(retry, "retry", actor);
    }
}
