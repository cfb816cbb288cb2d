package io.skillify.run.application;

import io.skillify.automation.application.port.in.FindNodeTypeQuery;
import io.skillify.automation.domain.flow.FlowNode;
import io.skillify.automation.domain.nodetype.NodeType;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.automation.domain.nodetype.StepResult;
import io.skillify.run.application.port.out.RunRepository;
import io.skillify.run.application.port.out.RunRepository.PendingLog;
import io.skillify.run.application.port.out.RunRepository.StoredRun;
import io.skillify.run.domain.Run;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.StepOutputLimit;
import io.skillify.run.domain.StepState;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.json.JsonDepth;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.UnreadableJson;
import java.lang.System.Logger.Level;
import io.skillify.run.application.port.in.EngineSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Advances one leased run as far as it can go now: completes due timers, runs every runnable step (skipping untaken
 * branches, retrying with backoff), then hands the lease back, due again when the run next needs attention. Each
 * step's start is committed before it executes, in one commit with the outcome of the step before it (so each
 * outcome is committed before the next step starts; the last ones go with the final save), only while this instance
 * still holds the lease and the run has not ended (a cancel): a refused commit stops the advance, so no step starts
 * after a cancel and, after a crash, a succeeded step never runs again (the step in flight is run again).
 * Only the lease holder calls it, so no step of a run ever executes twice at the same time.
 */
@UseCase
class RunEngine {

    private static final int MAX_ROUNDS = 10_000;
    private static final Duration WORKSPACE_BUSY_RETRY = Duration.ofMillis(500);
    static final String UNREADABLE_INPUT = "the run's input could not be read back (stored before the limit of "
            + JsonDepth.MAX + " nesting levels); start a new run";
    private static final System.Logger LOG = System.getLogger(RunEngine.class.getName());

    private final RunRepository runs;
    private final FlowCache flows;
    private final FindNodeTypeQuery nodeTypes;
    private final Clock clock;
    private final Duration lease;
    private final StepOutputLimit outputLimit;
    private final WorkspaceSlots workspaceSlots;
    private final AnnouncedSaves saves;
    private final ScheduledExecutorService renewals = timers();
    private final InFlightSteps inFlight = new InFlightSteps(renewals);

    RunEngine(RunRepository runs, FlowCache flows, FindNodeTypeQuery nodeTypes,
              Clock clock, EngineSettings settings, StepOutputLimit outputLimit, TransactionRunner transactions,
              DomainEventPublisher events) {
        this.runs = runs;
        this.flows = flows;
        this.nodeTypes = nodeTypes;
        this.clock = clock;
        this.lease = settings.lease();
        this.outputLimit = outputLimit;
        this.workspaceSlots = WorkspaceSlots.shareOf(settings.concurrency());
        this.saves = new AnnouncedSaves(transactions, events, settings.announceSteps());
    }

    /**
     * Advances the run leased by {@code owner}, committing each step's start and outcome, then gives the lease back
     * (due again when the run next wants attention).
     */
    public void advance(RunId id, String owner) {
        Optional<StoredRun> stored = runs.load(id);
        if (stored.isEmpty() || stored.get().status().isTerminal()) {
            runs.release(id, owner, null);
            return;
        }
        advance(flows.rebuild(stored.get()), owner);
    }

    /**
     * Advances a run this instance already holds in memory and has leased (a run it just created). When the run's
     * workspace already holds its share of this instance's slots, the run is given back, due again in a moment.
     */
    public void advance(Run run, String owner) {
        if (!workspaceSlots.tryTake(run.workspaceId())) {
            runs.release(run.id(), owner, clock.instant().plus(WORKSPACE_BUSY_RETRY));
            return;
        }
        try {
            advanceWithLease(run, owner);
        } finally {
            workspaceSlots.giveBack(run.workspaceId());
        }
    }

    private void advanceWithLease(Run run, String owner) {
        long every = Math.max(100, lease.toMillis() / 3);
        ScheduledFuture<?> renewal = renewals.scheduleAtFixedRate(
                () -> renew(run.id(), owner), every, every, TimeUnit.MILLISECONDS);
        try {
            advanceHeld(new Advance(run, owner));
        } finally {
            renewal.cancel(false);
        }
    }

    /**
     * One platform thread for lease renewals and attempt alarms. Almost every alarm is cancelled when its step ends;
     * cancelled ones leave the queue at once, or thousands of steps a second would pile them up until they are due.
     */
    private static ScheduledExecutorService timers() {
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().daemon().name("lease-renewal").factory());
        timers.setRemoveOnCancelPolicy(true);
        return timers;
    }

    /** Interrupts the step of {@code run} this instance is executing, if any (the run was cancelled). */
    public void interruptStep(RunId run) {
        inFlight.interrupt(run);
    }

    /**
     * Fails a run whose advance kept failing, with {@code reason}, and hands its lease back; nothing when the run has
     * ended or is no longer held by {@code owner}.
     */
    public void failHeld(RunId id, String owner, String reason) {
        Optional<StoredRun> stored = runs.load(id);
        if (stored.isEmpty() || stored.get().status().isTerminal()) {
            return;
        }
        Run run = flows.rebuild(stored.get());
        Instant now = clock.instant();
        run.fail(reason, now);
        List<StepState> changed = run.takeChangedSteps();
        List<PendingLog> entries = new ArrayList<>(RunHistory.steps(changed, now));
        entries.add(PendingLog.log(now, "error", null, "Run failed: " + reason));
        entries.add(RunHistory.end(run, now));
        if (saves.save(run, changed, now, () -> runs.saveAndRelease(run, changed, entries, owner, null))) {
            StepCancellations.notify(nodeTypes, run, changed);
        }
    }

    /**
     * Keeps the lease while a step takes long, so that no other instance takes the run over meanwhile; when the run
     * has been cancelled meanwhile (on any instance), interrupts its step in flight.
     */
    private void renew(RunId id, String owner) {
        try {
            if (!runs.renewLease(id, owner, clock.instant().plus(lease))) {
                inFlight.interrupt(id);
            }
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Could not renew the lease of run " + id, failure);
        }
    }

    private void advanceHeld(Advance advance) {
        Run run = advance.run;
        if (!run.status().isTerminal() && UnreadableJson.appearsIn(run.input())) {
            run.fail(UNREADABLE_INPUT, clock.instant());
        }
        for (int round = 0; round < MAX_ROUNDS && !advance.stopped && step(advance); round++) {
            // keep going while something moved
        }
        if (advance.stopped) {
            LOG.log(Level.DEBUG, "Run {0} was cancelled or taken over while being advanced; it stops", run.id());
            return;
        }
        Instant now = clock.instant();
        List<StepState> changed = run.takeChangedSteps();
        List<PendingLog> entries = advance.entries(changed, now);
        if (run.status().isTerminal()) {
            entries.add(PendingLog.log(now, run.error() == null ? "info" : "error", null,
                    "Run " + run.status().name().toLowerCase(java.util.Locale.ROOT)
                            + (run.error() == null ? "" : ": " + run.error())));
            entries.add(RunHistory.end(run, now));
        }
        Instant next = run.status().isTerminal() ? null : run.nextDueAt();
        boolean saved = saves.save(run, changed, now,
                () -> runs.saveAndRelease(run, changed, entries, advance.owner, next));
        if (!saved) {
            LOG.log(Level.DEBUG, "Run {0} was cancelled or taken over while being advanced; its progress is dropped",
                    run.id());
            return;
        }
        StepCancellations.notify(nodeTypes, run, changed);
    }

    /**
     * Commits what changed since the last commit (the outcome of the step before and the start of the next), keeping
     * the lease; false (and the advance stops) when the run was cancelled or taken over meanwhile. A run that has
     * just ended is left to the final save.
     */
    private boolean commit(Advance advance) {
        if (advance.run.status().isTerminal()) {
            return true;
        }
        List<StepState> changed = advance.run.takeChangedSteps();
        Instant now = clock.instant();
        List<PendingLog> entries = advance.entries(changed, now);
        if (!saves.save(advance.run, changed, now,
                () -> runs.saveProgress(advance.run, changed, entries, advance.owner))) {
            advance.stopped = true;
        }
        return !advance.stopped;
    }

    /** One round: due timers, then runnable steps. True when anything moved. */
    private boolean step(Advance advance) {
        Run run = advance.run;
        Instant now = clock.instant();
        boolean moved = false;
        for (FlowNode node : run.dueWaits(now)) {
            resume(advance, node);
            moved = true;
            if (advance.stopped) {
                return false;
            }
        }
        for (FlowNode node : run.runnable(now)) {
            if (run.status().isTerminal()) {
                break;
            }
            execute(advance, node);
            moved = true;
            if (advance.stopped) {
                return false;
            }
        }
        return moved;
    }

    private void resume(Advance advance, FlowNode node) {
        Run run = advance.run;
        Instant now = clock.instant();
        Optional<NodeType> type = nodeTypes.nodeType(node.type());
        StepResult result;
        try {
            result = type.map(found -> found.resume(new EngineStepContext(run, node, now, advance.logs)))
                    .orElseGet(() -> StepResult.completed(JsonObject.EMPTY));
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Resuming step " + node.id() + " of run " + run.id() + " failed", unexpected);
            result = StepResult.waitUntil(now.plusSeconds(5));
        }
        apply(run, node, result, RetryPolicy.ONCE, advance.logs);
    }

    private void execute(Advance advance, FlowNode node) {
        Run run = advance.run;
        Instant now = clock.instant();
        run.startStep(node.id(), now);
        Optional<NodeType> type = nodeTypes.nodeType(node.type());
        if (type.isEmpty()) {
            run.failStep(node.id(), "node type " + node.type() + " is not registered", false, RetryPolicy.ONCE, now);
            return;
        }
        if (!commit(advance)) {
            return;
        }
        RetryPolicy policy = RetryOverrides.of(node.data(), type.get().descriptor().retry());
        StepResult result;
        try {
            EngineStepContext context = new EngineStepContext(run, node, now, advance.logs);
            result = inFlight.execute(run.id(), AttemptTimeout.of(node.data(), type.get().descriptor().timeout()),
                    () -> type.get().execute(context));
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Step " + node.id() + " of run " + run.id() + " failed unexpectedly", unexpected);
            result = StepResult.failed("the step failed unexpectedly (the server log has the details, run "
                    + run.id() + ")", true);
        }
        apply(run, node, result, policy, advance.logs);
    }

    private void apply(Run run, FlowNode node, StepResult result, RetryPolicy policy, List<PendingLog> logs) {
        Instant done = clock.instant();
        if (result instanceof StepResult.Completed completed) {
            Optional<String> refused = outputLimit.violation(completed.output());
            if (refused.isPresent()) {
                result = StepResult.failed(refused.get(), false);
            }
        }
        switch (result) {
            case StepResult.Completed completed -> run.succeedStep(node.id(), completed.output(), completed.handle(), done);
            case StepResult.Waiting waiting -> run.waitStep(node.id(), waiting.until());
            case StepResult.Failed failed -> {
                logs.add(PendingLog.log(done, "warn", node.id(), "Attempt " + run.step(node.id()).attempt()
                        + " failed: " + failed.error()));
                run.failStep(node.id(), failed.error(), failed.retryable(), failed.output(), failed.retryAfter(),
                        policy, done);
            }
        }
    }

    /** One advance of one run: the log lines not yet committed, and whether it must stop. */
    private static final class Advance {

        private final Run run;
        private final String owner;
        private final List<PendingLog> logs = new ArrayList<>();
        private boolean startLogged;
        private boolean stopped;

        Advance(Run run, String owner) {
            this.run = run;
            this.owner = owner;
            this.startLogged = run.startedAt() != null;
        }

        /** The history entries of a commit, in order: the run's start, log lines, then step status changes. */
        List<PendingLog> entries(List<StepState> changed, Instant now) {
            List<PendingLog> entries = new ArrayList<>();
            if (!startLogged && run.startedAt() != null) {
                entries.add(PendingLog.log(run.startedAt(), "info", null, "Run started (version " + run.version() + ")"));
                startLogged = true;
            }
            entries.addAll(logs);
            logs.clear();
            entries.addAll(RunHistory.steps(changed, now));
            return entries;
        }
    }
}
