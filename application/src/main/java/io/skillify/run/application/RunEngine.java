package io.skillify.run.application;

import io.skillify.automation.application.port.in.FindNodeTypeQuery;
import io.skillify.automation.domain.flow.FlowNode;
import io.skillify.automation.domain.nodetype.NodeType;
import io.skillify.automation.domain.nodetype.NotYetExecutableException;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Advances one leased run as far as it can go now: completes due timers, runs every runnable step (skipping untaken
 * branches, retrying with backoff), then writes everything that changed and hands the lease back, due again when
 * the run next needs attention, in one atomic save. Only the lease holder calls it, so no step of a run ever
 * executes twice at the same time.
 */
@UseCase
public class RunEngine {

    private static final int MAX_ROUNDS = 10_000;
    static final String UNREADABLE_INPUT = "the run's input could not be read back (stored before the limit of "
            + JsonDepth.MAX + " nesting levels); start a new run";
    private static final System.Logger LOG = System.getLogger(RunEngine.class.getName());

    private final RunRepository runs;
    private final FlowCache flows;
    private final FindNodeTypeQuery nodeTypes;
    private final Clock clock;
    private final Duration lease;
    private final StepOutputLimit outputLimit;
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("lease-renewal").factory());

    RunEngine(RunRepository runs, FlowCache flows, FindNodeTypeQuery nodeTypes,
              Clock clock, EngineSettings settings, StepOutputLimit outputLimit) {
        this.runs = runs;
        this.flows = flows;
        this.nodeTypes = nodeTypes;
        this.clock = clock;
        this.lease = settings.lease();
        this.outputLimit = outputLimit;
    }

    /**
     * Advances the run leased by {@code owner}, then writes the changes and gives the lease back (due again when the
     * run next wants attention) in one transaction.
     */
    public void advance(RunId id, String owner) {
        Optional<StoredRun> stored = runs.load(id);
        if (stored.isEmpty() || stored.get().status().isTerminal()) {
            runs.release(id, owner, null);
            return;
        }
        advance(flows.rebuild(stored.get()), owner);
    }

    /** Advances a run this instance already holds in memory and has leased (a run it just created). */
    public void advance(Run run, String owner) {
        long every = Math.max(100, lease.toMillis() / 3);
        ScheduledFuture<?> renewal = renewals.scheduleAtFixedRate(
                () -> renew(run.id(), owner), every, every, TimeUnit.MILLISECONDS);
        try {
            advanceHeld(run, owner);
        } finally {
            renewal.cancel(false);
        }
    }

    /** Keeps the lease while a step takes long, so that no other instance takes the run over meanwhile. */
    private void renew(RunId id, String owner) {
        try {
            runs.renewLease(id, owner, clock.instant().plus(lease));
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Could not renew the lease of run " + id, failure);
        }
    }

    private void advanceHeld(Run run, String owner) {
        RunId id = run.id();
        List<PendingLog> logs = new ArrayList<>();
        boolean wasQueued = run.startedAt() == null;
        if (!run.status().isTerminal() && UnreadableJson.appearsIn(run.input())) {
            run.fail(UNREADABLE_INPUT, clock.instant());
        }
        for (int round = 0; round < MAX_ROUNDS && step(run, logs); round++) {
            // keep going while something moved
        }
        Instant now = clock.instant();
        if (wasQueued && run.startedAt() != null) {
            logs.addFirst(PendingLog.log(run.startedAt(), "info", null, "Run started (version " + run.version() + ")"));
        }
        if (run.status().isTerminal()) {
            logs.add(PendingLog.log(now, run.error() == null ? "info" : "error", null,
                    "Run " + run.status().name().toLowerCase(java.util.Locale.ROOT)
                            + (run.error() == null ? "" : ": " + run.error())));
        }
        List<StepState> changed = run.takeChangedSteps();
        logs.addAll(RunHistory.changes(run, changed, now));
        Instant next = run.status().isTerminal() ? null : run.nextDueAt();
        boolean saved = runs.saveAndRelease(run, changed, logs, owner, next);
        if (!saved) {
            LOG.log(Level.DEBUG, "Run {0} was cancelled or taken over while being advanced; its progress is dropped", id);
            return;
        }
        StepCancellations.notify(nodeTypes, run, changed);
    }

    /** One round: due timers, then runnable steps. True when anything moved. */
    private boolean step(Run run, List<PendingLog> logs) {
        Instant now = clock.instant();
        boolean moved = false;
        for (FlowNode node : run.dueWaits(now)) {
            resume(run, node, logs);
            moved = true;
        }
        for (FlowNode node : run.runnable(now)) {
            if (run.status().isTerminal()) {
                break;
            }
            execute(run, node, logs);
            moved = true;
        }
        return moved;
    }

    private void resume(Run run, FlowNode node, List<PendingLog> logs) {
        Instant now = clock.instant();
        Optional<NodeType> type = nodeTypes.nodeType(node.type());
        StepResult result;
        try {
            result = type.map(found -> found.resume(new EngineStepContext(run, node, now, logs)))
                    .orElseGet(() -> StepResult.completed(JsonObject.EMPTY));
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Resuming step " + node.id() + " of run " + run.id() + " failed", unexpected);
            result = StepResult.waitUntil(now.plusSeconds(5));
        }
        apply(run, node, result, RetryPolicy.ONCE, logs);
    }

    private void execute(Run run, FlowNode node, List<PendingLog> logs) {
        Instant now = clock.instant();
        run.startStep(node.id(), now);
        Optional<NodeType> type = nodeTypes.nodeType(node.type());
        if (type.isEmpty()) {
            run.failStep(node.id(), "node type " + node.type() + " is not registered", false, RetryPolicy.ONCE, now);
            return;
        }
        RetryPolicy policy = RetryOverrides.of(node.data(), type.get().descriptor().retry());
        StepResult result;
        try {
            result = type.get().execute(new EngineStepContext(run, node, now, logs));
        } catch (NotYetExecutableException notYet) {
            result = StepResult.failed(notYet.getMessage(), false);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Step " + node.id() + " of run " + run.id() + " failed unexpectedly", unexpected);
            result = StepResult.failed("the step failed unexpectedly (the server log has the details, run "
                    + run.id() + ")", true);
        }
        apply(run, node, result, policy, logs);
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
                run.failStep(node.id(), failed.error(), failed.retryable(), policy, done);
            }
        }
    }
}
