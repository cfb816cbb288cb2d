package io.skillify.worker.domain;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.ConflictException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonValue;
import io.skillify.worker.domain.event.TaskCancelled;
import io.skillify.worker.domain.event.TaskCompleted;
import io.skillify.worker.domain.event.TaskCreated;
import io.skillify.worker.domain.event.TaskFailed;
import io.skillify.worker.domain.event.TaskReassigned;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of work for an external worker: {@code pending} until claimed, then {@code assigned} to one worker,
 * {@code in_progress} once it runs, and finally {@code completed}, {@code failed} or {@code cancelled}. A task whose
 * worker went away goes back to {@code pending}, until it has used up its attempts.
 */
public final class Task {

    private final TaskId id;
    private final WorkspaceId workspaceId;
    private final TaskSpec spec;
    private final FlowStepOrigin origin;
    private final AccountId createdBy;
    private final Instant createdAt;
    private TaskStatus status;
    private int attempts;
    private WorkerId workerId;
    private JsonValue output;
    private String error;
    private Instant updatedAt;

    public Task(TaskId id, WorkspaceId workspaceId, TaskSpec spec, FlowStepOrigin origin, AccountId createdBy,
                Instant createdAt, TaskStatus status, int attempts, WorkerId workerId, JsonValue output, String error,
                Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.workspaceId = Objects.requireNonNull(workspaceId);
        this.spec = Objects.requireNonNull(spec);
        this.origin = origin;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = Objects.requireNonNull(status);
        this.attempts = attempts;
        this.workerId = workerId;
        this.output = output;
        this.error = error;
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    public static Task create(TaskId id, WorkspaceId workspaceId, TaskSpec spec, FlowStepOrigin origin,
                              AccountId createdBy, Instant now) {
        return new Task(id, workspaceId, spec, origin, createdBy, now, TaskStatus.PENDING, 0, null, null, null, now);
    }

    public TaskCreated created() {
        return new TaskCreated(workspaceId, id, createdAt);
    }

    /** Its worker started running it. */
    public void start(Instant now) {
        if (status == TaskStatus.ASSIGNED) {
            status = TaskStatus.IN_PROGRESS;
            updatedAt = now;
        }
    }

    public Optional<TaskCompleted> complete(JsonValue output, Instant now) {
        if (status.isTerminal()) {
            return Optional.empty();
        }
        this.output = output;
        end(TaskStatus.COMPLETED, null, now);
        return Optional.of(new TaskCompleted(workspaceId, id, origin(), now));
    }

    public Optional<TaskFailed> fail(String error, JsonValue output, Instant now) {
        if (status.isTerminal()) {
            return Optional.empty();
        }
        this.output = output;
        end(TaskStatus.FAILED, error, now);
        return Optional.of(new TaskFailed(workspaceId, id, this.error, origin(), now));
    }

    /**
     * Its worker went away (the lease ran out): back to {@code pending} for another claim, or {@code failed} when
     * {@code maxAttempts} claims have been made.
     */
    public Optional<TaskFailed> release(int maxAttempts, String reason, Instant now) {
        if (status.isTerminal()) {
            return Optional.empty();
        }
        if (attempts >= maxAttempts) {
            return fail(reason + " (after " + attempts + " attempts)", output, now);
        }
        backToPending(now);
        return Optional.empty();
    }

    /**
     * Its worker's account left the workspace or was revoked: back to {@code pending} whatever the attempts, and the
     * attempt is given back, since leaving says nothing about the task. Empty when {@code departed} no longer holds it.
     */
    public Optional<TaskReassigned> returnFromDeparted(WorkerId departed, Instant now) {
        if (status.isTerminal() || !departed.equals(workerId)) {
            return Optional.empty();
        }
        attempts = Math.max(0, attempts - 1);
        backToPending(now);
        return Optional.of(new TaskReassigned(workspaceId, id, departed, now));
    }

    /** An admin takes it away from its worker: back to {@code pending}, whatever the attempts. */
    public TaskReassigned reassign(Instant now) {
        if (status.isTerminal()) {
            throw new ConflictException("Task is already " + StatusWords.of(status));
        }
        WorkerId previous = workerId;
        backToPending(now);
        return new TaskReassigned(workspaceId, id, previous, now);
    }

    public TaskCancelled cancel(Instant now) {
        if (status.isTerminal()) {
            throw new ConflictException("Task is already " + StatusWords.of(status));
        }
        end(TaskStatus.CANCELLED, null, now);
        return new TaskCancelled(workspaceId, id, origin(), now);
    }

    private void backToPending(Instant now) {
        status = TaskStatus.PENDING;
        workerId = null;
        updatedAt = now;
    }

    private void end(TaskStatus outcome, String error, Instant now) {
        this.status = outcome;
        this.error = error;
        this.updatedAt = now;
    }

    public TaskId id() {
        return id;
    }

    public WorkspaceId workspaceId() {
        return workspaceId;
    }

    public TaskSpec spec() {
        return spec;
    }

    public Optional<FlowStepOrigin> origin() {
        return Optional.ofNullable(origin);
    }

    public AccountId createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public TaskStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public WorkerId workerId() {
        return workerId;
    }

    public JsonValue output() {
        return output;
    }

    public String error() {
        return error;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
