package io.skillify.run.domain;

import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.flow.FlowEdge;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.flow.FlowNode;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.run.domain.event.RunStarted;
import io.skillify.run.domain.event.StepOutcome;
import io.skillify.shared.domain.ConflictException;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One execution of one flow version: a step per node, advanced by the engine. A step becomes runnable when every
 * edge into it is settled and at least one of them was taken; when none was taken (the other branch of a
 * condition, or downstream of a skipped step) it is skipped, not failed. A step that fails for good fails the run
 * and cancels what had not finished.
 */
public final class Run {

    private final RunId id;
    private final WorkspaceId workspaceId;
    private final AutomationId automationId;
    private final int version;
    private final FlowGraph flow;
    private final JsonValue input;
    private final RunId retryOf;
    private final Instant createdAt;
    private RunStatus status;
    private String error;
    private Instant startedAt;
    private Instant finishedAt;
    private final Map<String, StepState> steps;
    private final Map<String, List<FlowEdge>> incoming = new LinkedHashMap<>();
    private final Set<String> changedSteps = new LinkedHashSet<>();
    private final List<DomainEvent> events = new ArrayList<>();

    public Run(RunId id, WorkspaceId workspaceId, AutomationId automationId, int version, FlowGraph flow,
               JsonValue input, RunId retryOf, RunStatus status, String error, Instant createdAt, Instant startedAt,
               Instant finishedAt, Collection<StepState> stepStates) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.automationId = Objects.requireNonNull(automationId);
        this.version = version;
        this.flow = Objects.requireNonNull(flow);
        this.input = Objects.requireNonNull(input);
        this.retryOf = retryOf;
        this.status = Objects.requireNonNull(status);
        this.error = error;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        Map<String, StepState> byNode = new LinkedHashMap<>();
        stepStates.forEach(step -> byNode.put(step.nodeId(), step));
        this.steps = new LinkedHashMap<>();
        for (FlowNode node : flow.nodes()) {
            steps.put(node.id(), byNode.getOrDefault(node.id(), StepState.pending(node.id(), node.type())));
            incoming.put(node.id(), new ArrayList<>());
        }
        flow.edges().forEach(edge -> incoming.get(edge.target()).add(edge));
    }

    /** A new run of a flow version, waiting for the engine. */
    public static Run queue(RunId id, WorkspaceId workspaceId, AutomationId automationId, int version,
                            FlowGraph flow, JsonValue input, RunId retryOf, Instant now) {
        return new Run(id, workspaceId, automationId, version, flow, input, retryOf, RunStatus.QUEUED, null, now,
                null, null, List.of());
    }

    /**
     * Settles what can be settled without running anything (skips), then lists the steps to run now: pending steps
     * whose inputs are settled and whose retry time, if any, has come.
     */
    public List<FlowNode> runnable(Instant now) {
        if (status.isTerminal()) {
            return List.of();
        }
        propagateSkips(now);
        List<FlowNode> ready = new ArrayList<>();
        for (FlowNode node : flow.nodes()) {
            StepState step = steps.get(node.id());
            if (startable(step) && inputsReady(node)
                    && (step.dueAt() == null || !step.dueAt().isAfter(now))) {
                ready.add(node);
            }
        }
        return ready;
    }

    /**
     * A pending step, or one stored as running: its start was committed but not its outcome, so the engine that ran
     * it stopped (a crash) and it is run again, with the same idempotency key.
     */
    private static boolean startable(StepState step) {
        return step.status() == StepStatus.PENDING || step.status() == StepStatus.RUNNING;
    }

    /** Waiting steps whose time has come. */
    public List<FlowNode> dueWaits(Instant now) {
        return flow.nodes().stream()
                .filter(node -> {
                    StepState step = steps.get(node.id());
                    return step.status() == StepStatus.WAITING && step.dueAt() != null && !step.dueAt().isAfter(now);
                })
                .toList();
    }

    public void startStep(String nodeId, Instant now) {
        requireActive();
        if (status == RunStatus.QUEUED) {
            status = RunStatus.RUNNING;
            startedAt = now;
            events.add(new RunStarted(workspaceId, id, automationId, version, createdAt, startedAt));
        }
        StepState step = steps.get(nodeId);
        put(new StepState(nodeId, step.type(), StepStatus.RUNNING, step.attempt() + 1, null, null, null,
                step.startedAt() == null ? now : step.startedAt(), null, null));
    }

    public void succeedStep(String nodeId, JsonValue output, String handle, Instant now) {
        requireActive();
        StepState step = steps.get(nodeId);
        put(new StepState(nodeId, step.type(), StepStatus.SUCCEEDED, step.attempt(), output, handle, null,
                step.startedAt(), now, null));
        finishIfDone(now);
    }

    public void waitStep(String nodeId, Instant until) {
        requireActive();
        StepState step = steps.get(nodeId);
        put(new StepState(nodeId, step.type(), StepStatus.WAITING, step.attempt(), null, null, null,
                step.startedAt(), null, until));
    }

    /**
     * A failed attempt: tried again after the policy's backoff while attempts remain and the failure is retryable,
     * otherwise the step fails for good, and with it the run.
     */
    public void failStep(String nodeId, String message, boolean retryable, RetryPolicy policy, Instant now) {
        failStep(nodeId, message, retryable, null, null, policy, now);
    }

    /**
     * A failed attempt that keeps what the step saw ({@code output}, may be null) and honours the other side's
     * {@code retryAfter} (may be null): the next try waits at least that long, and when that is longer than the
     * policy's longest wait between tries, the step fails for good instead.
     */
    public void failStep(String nodeId, String message, boolean retryable, JsonValue output, Duration retryAfter,
                         RetryPolicy policy, Instant now) {
        requireActive();
        StepState step = steps.get(nodeId);
        boolean attemptsLeft = retryable && step.attempt() < policy.maxAttempts();
        if (attemptsLeft && retryAfter != null && retryAfter.compareTo(policy.maxBackoff()) > 0) {
            message = message + " (the server asked to retry after " + retryAfter.toSeconds()
                    + " s, longer than the step's longest wait between tries of " + policy.maxBackoff().toSeconds() + " s)";
            attemptsLeft = false;
        }
        if (attemptsLeft) {
            Duration wait = backoff(policy, step.attempt());
            if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
                wait = retryAfter;
            }
            put(new StepState(nodeId, step.type(), StepStatus.PENDING, step.attempt(), null, null, message,
                    step.startedAt(), null, now.plus(wait)));
            return;
        }
        put(new StepState(nodeId, step.type(), StepStatus.FAILED, step.attempt(), output, null, message,
                step.startedAt(), now, null));
        end(RunStatus.FAILED, "Step '" + nodeId + "' failed: " + message, now);
    }

    /** Ends the run as failed before or between its steps, for a reason outside any step. */
    public void fail(String message, Instant now) {
        requireActive();
        end(RunStatus.FAILED, message, now);
    }

    public void cancel(Instant now) {
        if (status.isTerminal()) {
            throw new ConflictException("The run is already " + status.name().toLowerCase(Locale.ROOT));
        }
        end(RunStatus.CANCELLED, null, now);
    }

    /** When the run next needs the engine: the earliest retry or timer, or null when nothing is scheduled. */
    public Instant nextDueAt() {
        return steps.values().stream()
                .filter(step -> step.status() == StepStatus.PENDING || step.status() == StepStatus.WAITING)
                .map(StepState::dueAt)
                .filter(Objects::nonNull)
                .min(Instant::compareTo)
                .orElse(null);
    }

    static Duration backoff(RetryPolicy policy, int attemptsMade) {
        double factor = Math.pow(policy.multiplier(), Math.max(0, attemptsMade - 1));
        long millis = (long) Math.min(policy.backoff().toMillis() * factor, (double) policy.maxBackoff().toMillis());
        return Duration.ofMillis(Math.max(millis, policy.backoff().toMillis() == 0 ? 0 : 1));
    }

    private boolean inputsReady(FlowNode node) {
        List<FlowEdge> incoming = incoming(node.id());
        if (incoming.isEmpty()) {
            return true;
        }
        boolean anyTaken = false;
        for (FlowEdge edge : incoming) {
            Boolean taken = taken(edge);
            if (taken == null) {
                return false;
            }
            anyTaken |= taken;
        }
        return anyTaken;
    }

    /** True when the edge was taken, false when it never will be, null while its source has not settled. */
    private Boolean taken(FlowEdge edge) {
        StepState source = steps.get(edge.source());
        return switch (source.status()) {
            case SUCCEEDED -> edge.sourceHandle().equals(source.handle());
            case SKIPPED, FAILED, CANCELLED -> false;
            default -> null;
        };
    }

    private void propagateSkips(Instant now) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (FlowNode node : flow.nodes()) {
                StepState step = steps.get(node.id());
                List<FlowEdge> incoming = incoming(node.id());
                if (step.status() == StepStatus.PENDING && !incoming.isEmpty()
                        && incoming.stream().allMatch(edge -> Boolean.FALSE.equals(taken(edge)))) {
                    put(new StepState(node.id(), step.type(), StepStatus.SKIPPED, step.attempt(), null, null, null,
                            null, now, null));
                    changed = true;
                }
            }
        }
        finishIfDone(now);
    }

    private List<FlowEdge> incoming(String nodeId) {
        return incoming.get(nodeId);
    }

    private void finishIfDone(Instant now) {
        if (!status.isTerminal() && steps.values().stream().allMatch(step -> step.status().isTerminal())) {
            end(RunStatus.SUCCEEDED, null, now);
        }
    }

    private void end(RunStatus outcome, String message, Instant now) {
        for (StepState step : List.copyOf(steps.values())) {
            if (!step.status().isTerminal()) {
                put(new StepState(step.nodeId(), step.type(), StepStatus.CANCELLED, step.attempt(), null, null, null,
                        step.startedAt(), now, null));
            }
        }
        status = outcome;
        error = message;
        finishedAt = now;
        if (startedAt == null) {
            startedAt = now;
        }
        events.add(new RunFinished(workspaceId, id, automationId, version, status, error, createdAt, startedAt,
                finishedAt, Duration.between(startedAt, finishedAt).toMillis(),
                steps.values().stream().map(Run::outcome).toList()));
    }

    private void requireActive() {
        if (status.isTerminal()) {
            throw new IllegalStateException("run " + id + " is " + status);
        }
    }

    private void put(StepState step) {
        steps.put(step.nodeId(), step);
        changedSteps.add(step.nodeId());
    }

    private static StepOutcome outcome(StepState step) {
        Long duration = step.startedAt() == null || step.finishedAt() == null ? null
                : Duration.between(step.startedAt(), step.finishedAt()).toMillis();
        return new StepOutcome(step.nodeId(), step.type(), step.status(), step.attempt(), duration);
    }

    /**
     * The events raised since the run was loaded (or since the last call): its start, its end. The engine publishes
     * them in the transaction of the save that writes the change.
     */
    public List<DomainEvent> takeEvents() {
        List<DomainEvent> raised = List.copyOf(events);
        events.clear();
        return raised;
    }

    /** Steps changed since the run was loaded (or since the last call), for the repository to write. */
    public List<StepState> takeChangedSteps() {
        List<StepState> changed = changedSteps.stream().map(steps::get).toList();
        changedSteps.clear();
        return changed;
    }

    public RunId id() {
        return id;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public AutomationId automationId() {
        return automationId;
    }

    public int version() {
        return version;
    }

    public FlowGraph flow() {
        return flow;
    }

    public JsonValue input() {
        return input;
    }

    public RunId retryOf() {
        return retryOf;
    }

    public RunStatus status() {
        return status;
    }

    public String error() {
        return error;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public StepState step(String nodeId) {
        return steps.get(nodeId);
    }

    public Collection<StepState> steps() {
        return Collections.unmodifiableCollection(steps.values());
    }
}
