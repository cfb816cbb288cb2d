package io.skillify.run.domain.event;

import io.skillify.run.domain.RunId;
import io.skillify.run.domain.StepState;
import io.skillify.run.domain.StepStatus;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Steps of a run changed status, committed with one save of the run (realtime {@code run:step}, one per change).
 * Raised only where someone listens for it (ADR 0016): the engine's step saves stay single statements otherwise.
 */
public record RunStepsChanged(WorkspaceId workspaceId, RunId runId, List<Change> changes) implements DomainEvent {

    public RunStepsChanged {
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(runId);
        changes = List.copyOf(changes);
    }

    /** The changes of {@code steps}, each at its end, or at {@code now} when it has not ended. */
    public static RunStepsChanged of(WorkspaceId workspace, RunId run, List<StepState> steps, Instant now) {
        return new RunStepsChanged(workspace, run, steps.stream()
                .map(step -> new Change(step.nodeId(), step.type(), step.status(), step.attempt(),
                        step.finishedAt() != null ? step.finishedAt() : now))
                .toList());
    }

    /** One step's new status; {@code attempt} counts from 1 once it started. */
    public record Change(String nodeId, String type, StepStatus status, int attempt, Instant at) {

        public Change {
            Objects.requireNonNull(nodeId);
            Objects.requireNonNull(status);
            Objects.requireNonNull(at);
        }
    }
}
