package io.skillify.run.application;

import io.skillify.automation.application.port.in.CheckRunInputQuery;
import io.skillify.automation.application.port.in.CurrentVersionQuery;
import io.skillify.automation.application.port.in.FindNodeTypeQuery;
import io.skillify.automation.domain.view.DueSchedule;
import io.skillify.automation.application.port.in.WebhookTargetQuery;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.nodetype.TriggerFiring;
import io.skillify.automation.domain.nodetype.TriggerType;
import io.skillify.run.application.port.in.CancelAutomationRunsUseCase;
import io.skillify.run.application.port.in.CancelRunUseCase;
import io.skillify.run.application.port.in.GetRunQuery;
import io.skillify.run.application.port.in.ListRunsQuery;
import io.skillify.run.domain.view.LogLine;
import io.skillify.run.domain.view.RunEvent;
import io.skillify.run.application.port.in.RunEventsQuery;
import io.skillify.run.application.port.in.RetryRunUseCase;
import io.skillify.run.application.port.in.RunLogsQuery;
import io.skillify.run.domain.view.RunView;
import io.skillify.run.application.port.in.StartRunFromWebhookUseCase;
import io.skillify.run.application.port.in.StartRunUseCase;
import io.skillify.run.application.port.out.RunQueries;
import io.skillify.run.application.port.out.RunRepository;
import io.skillify.run.application.port.out.RunRepository.PendingLog;
import io.skillify.run.application.port.out.RunRepository.StoredRun;
import io.skillify.run.domain.Run;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepState;
import io.skillify.run.domain.StepStatus;
import io.skillify.shared.application.Ids;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.ConflictException;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import io.skillify.automation.domain.AutomationId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

@UseCase
class RunService implements StartRunUseCase, GetRunQuery, ListRunsQuery, RunLogsQuery, CancelRunUseCase,
        RunEventsQuery, RetryRunUseCase, StartRunFromWebhookUseCase, ScheduledRuns, CancelAutomationRunsUseCase {

    private final RunRepository runs;
    private final RunQueries queries;
    private final CurrentVersionQuery automations;
    private final WebhookTargetQuery webhooks;
    private final CheckRunInputQuery inputs;
    private final FlowCache flows;
    private final RunDispatcher dispatcher;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final Clock clock;

    private final FindNodeTypeQuery nodeTypes;

    RunService(RunRepository runs, RunQueries queries, CurrentVersionQuery automations, WebhookTargetQuery webhooks,
               CheckRunInputQuery inputs, FlowCache flows,
               RunDispatcher dispatcher, TransactionRunner transactions, DomainEventPublisher events, Clock clock,
               FindNodeTypeQuery nodeTypes) {
        this.runs = runs;
        this.nodeTypes = nodeTypes;
        this.queries = queries;
        this.automations = automations;
        this.webhooks = webhooks;
        this.inputs = inputs;
        this.flows = flows;
        this.dispatcher = dispatcher;
        this.transactions = transactions;
        this.events = events;
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
        return launch(run, TriggerFiring.MANUAL.label(), command.actor());
    }

    @Override
    public RunId start(AutomationId automation, String token, JsonValue input) {
        WebhookTargetQuery.Target target = webhooks.target(automation, token)
                .orElseThrow(() -> new NotFoundException("Webhook"));
        FlowGraph flow = flows.flow(target.workspace(), automation, target.version());
        JsonValue body = input == null ? JsonObject.EMPTY : input;
        inputs.check(flow, body);
        Run run = Run.queue(new RunId(Ids.next()), target.workspace(), automation, target.version(), flow, body, null,
                clock.instant());
        return launch(run, target.trigger(), null).id();
    }

    @Override
    public RunView retry(WorkspaceId workspace, RunId id, AccountId actor, From from) {
        StoredRun original = inWorkspace(workspace, runs.load(id));
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
        return launch(retry, "retry", actor);
    }

    @Override
    public void fireScheduled(DueSchedule schedule, Supplier<Optional<Instant>> takeTick) {
        FlowGraph flow = flows.flow(schedule.workspace(), schedule.automation(), schedule.version());
        Run run = Run.queue(new RunId(Ids.next()), schedule.workspace(), schedule.automation(), schedule.version(),
                flow, schedule.input(), null, clock.instant());
        launchIf(run, timerLabel(schedule), null, Optional.of(() -> takeTick.get()
                .map(tick -> runs.claimTick(schedule.workspace(), schedule.automation(), tick, run.id()))
                .orElse(false)));
    }

    private String timerLabel(DueSchedule schedule) {
        return nodeTypes.nodeType(schedule.triggerType()).filter(TriggerType.class::isInstance)
                .map(type -> ((TriggerType) type).runLabel()).orElse(TriggerFiring.TIMER.label());
    }

    /** Stores a new run and runs it here at once when this instance has room, else leaves it to be claimed. */
    private RunView launch(Run run, String trigger, AccountId actor) {
        return launchIf(run, trigger, actor, Optional.empty()).orElseThrow();
    }

    /**
     * Like {@link #launch}, but only when {@code claim}, run in the same transaction before the insert, says so
     * (a schedule tick that no other instance recorded first).
     */
    private Optional<RunView> launchIf(Run run, String trigger, AccountId actor, Optional<BooleanSupplier> claim) {
        Optional<RunDispatcher.Adoption> adoption = dispatcher.tryAdopt();
        BooleanSupplier insert = () -> {
            runs.insert(run, trigger, actor, adoption.map(RunDispatcher.Adoption::owner).orElse(null),
                    adoption.map(RunDispatcher.Adoption::leaseUntil).orElse(null));
            return true;
        };
        boolean stored;
        try {
            stored = claim.isEmpty() ? insert.getAsBoolean()
                    : transactions.inTransaction(() -> claim.get().getAsBoolean() && insert.getAsBoolean());
        } catch (RuntimeException failure) {
            adoption.ifPresent(unused -> dispatcher.abandon());
            throw failure;
        }
        if (!stored) {
            adoption.ifPresent(unused -> dispatcher.abandon());
            return Optional.empty();
        }
        RunView queued = new RunView(run.id(), run.workspaceId(), run.automationId(), run.version(), run.status(),
                trigger, run.input(), run.retryOf(), null, run.createdAt(), null, null,
                run.steps().stream().filter(step -> step.status() != StepStatus.PENDING).toList());
        if (adoption.isPresent()) {
            dispatcher.runAdopted(run);
        } else {
            dispatcher.wake();
        }
        return Optional.of(queued);
    }

    /** The stored run, when it belongs to {@code workspace}; a run of another workspace is not found. */
    private static StoredRun inWorkspace(WorkspaceId workspace, Optional<StoredRun> stored) {
        return stored.filter(found -> found.workspaceId().equals(workspace))
                .orElseThrow(() -> new NotFoundException("Run"));
    }

    @Override
    public RunView cancel(WorkspaceId workspace, RunId id, AccountId actor) {
        Cancelled cancelled = transactions.inTransaction(() -> {
            Run run = flows.rebuild(inWorkspace(workspace, runs.loadForUpdate(id)));
            return cancel(run, "Run cancelled by " + actor);
        });
        dispatcher.interruptStep(id);
        cancelled.tellNodeTypes(nodeTypes);
        return run(workspace, id);
    }

    @Override
    public void automationDeleted(WorkspaceId workspace, AutomationId automation, AccountId actor) {
        for (RunId id : runs.unfinished(workspace, automation)) {
            Optional<StoredRun> stored = runs.loadForUpdate(id);
            if (stored.isPresent() && !stored.get().status().isTerminal()) {
                cancel(flows.rebuild(stored.get()), "Run cancelled: its automation was deleted by " + actor)
                        .tellNodeTypes(nodeTypes);
                dispatcher.interruptStep(id);
            }
        }
    }

    /**
     * Saves the run as cancelled. Its node types are told afterwards, outside the run's transaction: a worker finishing
     * the run's task at that moment holds the task and waits for the run, so holding the run while waiting for the
     * task would deadlock.
     */
    private Cancelled cancel(Run run, String reason) {
        Instant now = clock.instant();
        run.cancel(now);
        List<StepState> changed = run.takeChangedSteps();
        List<PendingLog> history = new ArrayList<>();
        history.add(PendingLog.log(now, "warn", null, reason));
        history.addAll(RunHistory.changes(run, changed, now));
        runs.saveFinished(run, changed, history);
        run.takeEvents().forEach(events::publish);
        return new Cancelled(run, changed);
    }

    private record Cancelled(Run run, List<StepState> changed) {
        void tellNodeTypes(FindNodeTypeQuery nodeTypes) {
            StepCancellations.notify(nodeTypes, run, changed);
        }
    }

    @Override
    public RunView run(WorkspaceId workspace, RunId id) {
        return queries.run(workspace, id).orElseThrow(() -> new NotFoundException("Run"));
    }

    @Override
    public Page<RunView> runs(WorkspaceId workspace, AutomationId automation, RunStatus status, Instant from,
                              Instant to, PageRequest page) {
        automations.currentVersion(workspace, automation);
        return queries.runs(workspace, automation, status, from, to, page);
    }

    @Override
    public List<RunEvent> eventsAfter(WorkspaceId workspace, RunId run, long afterSeq, int limit) {
        return queries.events(workspace, run, afterSeq, limit);
    }

    @Override
    public Optional<RunEvent> end(WorkspaceId workspace, RunId run) {
        return queries.end(workspace, run);
    }

    @Override
    public List<LogLine> logs(WorkspaceId workspace, RunId run, long afterSeq, int limit) {
        if (!queries.exists(workspace, run)) {
            throw new NotFoundException("Run");
        }
        return queries.logs(workspace, run, afterSeq, limit);
    }
}
