package io.skillify.worker.domain;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.ForbiddenException;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonValue;
import io.skillify.worker.domain.event.WorkerEnded;
import io.skillify.worker.domain.event.WorkerProgressed;
import io.skillify.worker.domain.event.WorkerStarted;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One account's attempt at one task. Only the claiming account may see or move it; it stays alive while its lease
 * is renewed (by every update and heartbeat) and ends {@code completed} or {@code failed}, after which every update
 * is refused with {@code abort: true} so that a worker presumed dead learns to stop.
 */
public final class Worker {

    private final WorkerId id;
    private final AccountId accountId;
    private final TaskId taskId;
    private final WorkspaceId workspaceId;
    private final String name;
    private String branch;
    private final Instant createdAt;
    private WorkerStatus status;
    private int progress;
    private String error;
    private BigDecimal costUsd;
    private Integer turns;
    private String localUiUrl;
    private String currentAction;
    private List<Milestone> milestones;
    private JsonValue output;
    private RunnerReport runner;
    private Instant startedAt;
    private Instant completedAt;
    private Instant leaseUntil;
    private Instant updatedAt;

    public Worker(WorkerId id, AccountId accountId, TaskId taskId, WorkspaceId workspaceId, String name, String branch,
                  Instant createdAt, WorkerStatus status, int progress, String error, BigDecimal costUsd,
                  Integer turns, String localUiUrl, String currentAction, List<Milestone> milestones,
                  JsonValue output, Instant startedAt, Instant completedAt, Instant leaseUntil, Instant updatedAt) {
        this(id, accountId, taskId, workspaceId, name, branch, createdAt, status, progress, error, costUsd, turns,
                localUiUrl, currentAction, milestones, output, startedAt, completedAt, leaseUntil, updatedAt,
                RunnerReport.EMPTY);
    }

    public Worker(WorkerId id, AccountId accountId, TaskId taskId, WorkspaceId workspaceId, String name, String branch,
                  Instant createdAt, WorkerStatus status, int progress, String error, BigDecimal costUsd,
                  Integer turns, String localUiUrl, String currentAction, List<Milestone> milestones,
                  JsonValue output, Instant startedAt, Instant completedAt, Instant leaseUntil, Instant updatedAt,
                  RunnerReport runner) {
        this.id = Objects.requireNonNull(id);
        this.accountId = Objects.requireNonNull(accountId);
        this.taskId = Objects.requireNonNull(taskId);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.name = Objects.requireNonNull(name);
        this.branch = Objects.requireNonNull(branch);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = Objects.requireNonNull(status);
        this.progress = progress;
        this.error = error;
        this.costUsd = costUsd;
        this.turns = turns;
        this.localUiUrl = localUiUrl;
        this.currentAction = currentAction;
        this.milestones = List.copyOf(milestones);
        this.output = output;
        this.startedAt = startedAt;
        this.completedAt = completedAt;
        this.leaseUntil = Objects.requireNonNull(leaseUntil);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.runner = Objects.requireNonNull(runner);
    }

    /** The name of a new worker: the account's name and the last 8 hex digits of the worker id (contract v1.1 §5). */
    public static String nameFor(String accountName, WorkerId id) {
        return accountName + "-" + IdSuffix.lastEight(id.value());
    }

    public void requireOwner(AccountId caller) {
        if (!accountId.equals(caller)) {
            throw new ForbiddenException();
        }
    }

    /**
     * Applies a report of the worker and renews its lease. Says what the report means for the task: started,
     * completed, failed, or nothing.
     */
    public TaskEffect update(WorkerUpdate update, Instant leaseUntil, Instant now) {
        requireAlive();
        WorkerStatus next = update.status();
        if (next == WorkerStatus.IDLE && status != WorkerStatus.IDLE) {
            throw InvalidInputException.of("status", "cannot move back to idle from " + StatusWords.of(status));
        }
        if (update.progress() != null) {
            progress = update.progress();
        }
        if (update.error() != null) {
            error = update.error();
        }
        if (update.costUsd() != null) {
            costUsd = update.costUsd();
        }
        if (update.turns() != null) {
            turns = update.turns();
        }
        if (update.localUiUrl() != null) {
            localUiUrl = update.localUiUrl();
        }
        if (update.currentAction() != null) {
            currentAction = update.currentAction();
        }
        if (update.milestones() != null) {
            milestones = update.milestones();
        }
        if (update.output() != null) {
            output = update.output();
        }
        if (update.runner().branch() != null) {
            branch = update.runner().branch();
        }
        runner = runner.mergedWith(update.runner());
        this.leaseUntil = leaseUntil;
        this.updatedAt = now;
        if (next == null || next == status) {
            return TaskEffect.NONE;
        }
        status = next;
        return switch (next) {
            case RUNNING -> {
                if (startedAt == null) {
                    startedAt = now;
                }
                yield TaskEffect.STARTED;
            }
            case COMPLETED -> {
                completedAt = now;
                progress = 100;
                yield TaskEffect.COMPLETED;
            }
            case FAILED -> {
                completedAt = now;
                if (error == null) {
                    error = "failed";
                }
                yield TaskEffect.FAILED;
            }
            default -> TaskEffect.NONE;
        };
    }

    /** Its lease ran out: failed with {@code lease expired}. Empty when it had already ended. */
    public Optional<WorkerEnded> expire(Instant now) {
        return stop("lease expired", now);
    }

    /** Ends a live worker from outside (its task was reassigned or cancelled). Empty when it had already ended. */
    public Optional<WorkerEnded> stop(String reason, Instant now) {
        if (status.isTerminal()) {
            return Optional.empty();
        }
        status = WorkerStatus.FAILED;
        error = reason;
        completedAt = now;
        updatedAt = now;
        return Optional.of(endedEvent());
    }

    public Optional<WorkerEnded> ended() {
        return status.isTerminal() ? Optional.of(endedEvent()) : Optional.empty();
    }

    /** What a report that started the worker announces. */
    public WorkerStarted started() {
        return new WorkerStarted(workspaceId, id, taskId, startedAt);
    }

    /** What any report of a live worker announces: where it stands after the report. */
    public WorkerProgressed progressed() {
        return new WorkerProgressed(workspaceId, id, taskId, status, progress, costUsd, turns, updatedAt);
    }

    private WorkerEnded endedEvent() {
        return new WorkerEnded(workspaceId, id, taskId, accountId, status, error, costUsd, turns, startedAt,
                completedAt);
    }

    public void requireAlive() {
        if (status.isTerminal()) {
            throw new WorkerEndedException(status,
                    status == WorkerStatus.FAILED && error != null ? error : "worker " + StatusWords.of(status));
        }
    }

    /** What a worker's report means for its task. */
    public enum TaskEffect { NONE, STARTED, COMPLETED, FAILED }

    public WorkerId id() {
        return id;
    }

    public AccountId accountId() {
        return accountId;
    }

    public TaskId taskId() {
        return taskId;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public String name() {
        return name;
    }

    public String branch() {
        return branch;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public WorkerStatus status() {
        return status;
    }

    public int progress() {
        return progress;
    }

    public String error() {
        return error;
    }

    public BigDecimal costUsd() {
        return costUsd;
    }

    public Integer turns() {
        return turns;
    }

    public String localUiUrl() {
        return localUiUrl;
    }

    public String currentAction() {
        return currentAction;
    }

    public List<Milestone> milestones() {
        return milestones;
    }

    public JsonValue output() {
        return output;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The runner's latest account of its work; its branch is {@link #branch()}. */
    public RunnerReport runner() {
        return runner;
    }
}
