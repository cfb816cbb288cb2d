package io.skillify.run.application.port.out;

import io.skillify.run.domain.Run;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepState;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Durable run state, and the leases that let several engine instances share the work. */
public interface RunRepository {

    /**
     * Stores a new run and the steps it carries over, atomically (with or without a caller's transaction); with a
     * {@code leaseOwner} it is born leased to that engine instance until {@code leaseUntil}.
     */
    void insert(Run run, String trigger, AccountId createdBy, String leaseOwner, Instant leaseUntil);

    /**
     * Makes a waiting step of an unfinished run due at {@code now}, and the run with it. A wake-up for a step the
     * engine still holds (being executed or resumed, its waiting state not yet saved) is never lost: the engine's
     * next save of that step as waiting makes it, and the run, due at once.
     */
    void wake(RunId id, String nodeId, Instant now);

    /** The stored state of a run, to rebuild it with its flow. */
    Optional<StoredRun> load(RunId id);

    /** The stored state of a run, locking its row until the transaction ends. */
    Optional<StoredRun> loadForUpdate(RunId id);

    /**
     * Writes the run, its changed steps and new log lines (numbering them) and releases the lease, due again at
     * {@code nextDue} (null: only an event wakes it), atomically (all of it or nothing, with or without a caller's
     * transaction), but only while {@code owner} still holds the lease and nobody else finished the run. Returns
     * false, having written nothing, otherwise.
     */
    boolean saveAndRelease(Run run, List<StepState> changedSteps, List<PendingLog> logs, String owner,
                           Instant nextDue);

    /**
     * Writes the progress of a run still being advanced (its state, changed steps and new log lines) keeping the
     * lease and the due time, atomically, but only while {@code owner} still holds the lease and nobody else finished
     * the run (a cancel). Returns false, having written nothing, otherwise: the run must not go on.
     */
    boolean saveProgress(Run run, List<StepState> changedSteps, List<PendingLog> logs, String owner);

    /** The unfinished runs (queued, running, waiting) of an automation. */
    List<RunId> unfinished(WorkspaceId workspace, AutomationId automation);

    /** Writes a run finished outside the engine (cancelled), whoever holds its lease. */
    void saveFinished(Run run, List<StepState> changedSteps, List<PendingLog> logs);

    /** Leases up to {@code limit} runs that are due and not leased by a live owner; skips rows others hold. */
    List<RunId> claimDue(String owner, Instant now, Duration lease, int limit);

    /**
     * Extends the lease {@code owner} holds on a run (while one of its steps takes long); false when {@code owner}
     * no longer holds it or the run has ended (a cancel).
     */
    boolean renewLease(RunId id, String owner, Instant until);

    /** Records that a schedule tick started {@code run}; false when another instance already recorded it. */
    boolean claimTick(WorkspaceId workspace, AutomationId automation, Instant tick, RunId run);

    /** Gives a leased run back, due again at {@code nextDue} (null: only an event will wake it). */
    void release(RunId id, String owner, Instant nextDue);

    record StoredRun(RunId id, WorkspaceId workspaceId, AutomationId automationId, int version, JsonValue input,
                     RunId retryOf, RunStatus status, String error, Instant createdAt,
                     Instant startedAt, Instant finishedAt, List<StepState> steps) {
    }

    /** A new entry of the run's event history: a log line, a step status change, or the end of the run. */
    record PendingLog(Instant at, String kind, String level, String nodeId, String message) {

        public static PendingLog log(Instant at, String level, String nodeId, String message) {
            return new PendingLog(at, "log", level, nodeId, message);
        }

        public static PendingLog step(Instant at, String nodeId, String status) {
            return new PendingLog(at, "step", "debug", nodeId, status);
        }

        public static PendingLog end(Instant at, String status) {
            return new PendingLog(at, "end", "info", null, status);
        }
    }
}
