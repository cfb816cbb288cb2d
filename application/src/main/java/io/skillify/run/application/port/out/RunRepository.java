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

    void insert(Run run, String trigger, AccountId createdBy);

    /** The stored state of a run, to rebuild it with its flow. */
    Optional<StoredRun> load(RunId id);

    /** Writes the run's changed steps and status, appends log lines (numbering them), in the caller's transaction. */
    void save(Run run, List<StepState> changedSteps, boolean runChanged, List<PendingLog> logs, Instant now);

    /** Leases up to {@code limit} runs that are due and not leased by a live owner; skips rows others hold. */
    List<RunId> claimDue(String owner, Instant now, Duration lease, int limit);

    /** Gives a leased run back, due again at {@code nextDue} (null: only an event will wake it). */
    void release(RunId id, String owner, Instant nextDue);

    record StoredRun(RunId id, WorkspaceId workspaceId, AutomationId automationId, int version, JsonValue input,
                     RunId retryOf, RunStatus status, String error, Instant createdAt,
                     Instant startedAt, Instant finishedAt, List<StepState> steps) {
    }

    record PendingLog(Instant at, String level, String nodeId, String message) {
    }
}
