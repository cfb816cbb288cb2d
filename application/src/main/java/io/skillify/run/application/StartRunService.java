package io.skillify.run.application;

import io.skillify.automation.application.port.in.CheckRunInputQuery;
import io.skillify.automation.application.port.in.CurrentVersionQuery;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.nodetype.TriggerFiring;
import io.skillify.run.application.port.in.StartRunUseCase;
import io.skillify.run.application.port.out.RunRepository;
import io.skillify.run.domain.Run;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.view.RunView;
import io.skillify.shared.application.Ids;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.ConflictException;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Clock;

@UseCase
class StartRunService implements StartRunUseCase {

    private final CurrentVersionQuery automations;
    private final CheckRunInputQuery inputs;
    private final FlowCache flows;
    private final RunLauncher launcher;
    private final Clock clock;

    StartRunService(RunRepository runs, CurrentVersionQuery automations, CheckRunInputQuery inputs, FlowCache flows,
                    RunDispatcher dispatcher, TransactionRunner transactions, Clock clock) {
        this.automations = automations;
        this.inputs = inputs;
        this.flows = flows;
        this.launcher = new RunLauncher(runs, dispatcher, transactions);
        this.clock = clock;
    }

    @Override
    public RunView start(StartRunCommand command) {
        int current = automations.currentVersion(command.workspace(), command.automation());
        if (current == 0) {
            throw new ConflictException("The automation has no flow yet: save one before running it");
        }
        int version = command.version() == null ? current : command.version();
        if (version > current) {
            throw new NotFoundException("Version");
        }
        FlowGraph flow = flows.flow(command.workspace(), command.automation(), version);
        JsonValue input = command.input() == null ? JsonObject.EMPTY : command.input();
        inputs.check(flow, input);
        Run run = Run.queue(new RunId(Ids.next()), command.workspace(), command.automation(), version, flow, input,
                null, clock.instant());
        return launcher.launch(run, TriggerFiring.MANUAL.label(), command.actor());
    }
}
