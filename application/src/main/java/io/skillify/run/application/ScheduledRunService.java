package io.skillify.run.application;

import io.skillify.automation.application.port.in.FindNodeTypeQuery;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.nodetype.TriggerFiring;
import io.skillify.automation.domain.nodetype.TriggerType;
import io.skillify.automation.domain.view.DueSchedule;
import io.skillify.run.application.port.out.RunRepository;
import io.skillify.run.domain.Run;
import io.skillify.run.domain.RunId;
import io.skillify.shared.application.Ids;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

@UseCase
class ScheduledRunService implements ScheduledRuns {

    private final RunRepository runs;
    private final FlowCache flows;
    private final FindNodeTypeQuery nodeTypes;
    private final RunLauncher launcher;
    private final Clock clock;

    ScheduledRunService(RunRepository runs, FlowCache flows, FindNodeTypeQuery nodeTypes, RunDispatcher dispatcher,
                        TransactionRunner transactions, Clock clock) {
        this.runs = runs;
        this.flows = flows;
        this.nodeTypes = nodeTypes;
        this.launcher = new RunLauncher(runs, dispatcher, transactions);
        this.clock = clock;
    }

    @Override
    public void fireScheduled(DueSchedule schedule, Supplier<Optional<Instant>> takeTick) {
        FlowGraph flow = flows.flow(schedule.workspace(), schedule.automation(), schedule.version());
        Run run = Run.queue(new RunId(Ids.next()), schedule.workspace(), schedule.automation(), schedule.version(),
                flow, schedule.input(), null, clock.instant());
        launcher.launchIf(run, timerLabel(schedule), null, Optional.of(() -> takeTick.get()
                .map(tick -> runs.claimTick(schedule.workspace(), schedule.automation(), tick, run.id()))
                .orElse(false)));
    }

    private String timerLabel(DueSchedule schedule) {
        return nodeTypes.nodeType(schedule.triggerType()).filter(TriggerType.class::isInstance)
                .map(type -> ((TriggerType) type).runLabel()).orElse(TriggerFiring.TIMER.label());
    }
}
