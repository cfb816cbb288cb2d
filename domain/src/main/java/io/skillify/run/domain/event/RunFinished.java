package io.skillify.run.domain.event;

import io.skillify.automation.domain.AutomationId;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A run ended (succeeded, failed or cancelled), with every step's outcome: realtime's {@code run:completed} /
 * {@code run:failed} and analytics' run and step figures. Committed with the run's final save. {@code durationMs}
 * runs from the start to the end; {@code error} is null unless the run failed or was stopped for a reason.
 */
public record RunFinished(WorkspaceId workspaceId, RunId runId, AutomationId automationId, int version,
                          RunStatus status, String error, Instant createdAt, Instant startedAt, Instant finishedAt,
                          long durationMs, List<StepOutcome> steps) implements DomainEvent {

    public RunFinished {
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(runId);
        Objects.requireNonNull(status);
        steps = List.copyOf(steps);
    }
}
