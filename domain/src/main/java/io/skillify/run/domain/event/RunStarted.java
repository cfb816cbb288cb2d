package io.skillify.run.domain.event;

import io.skillify.automation.domain.AutomationId;
import io.skillify.run.domain.RunId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;

/** A run's first step started (realtime {@code run:started}); committed with that step's start. */
public record RunStarted(WorkspaceId workspaceId, RunId runId, AutomationId automationId, int version,
                         Instant createdAt, Instant startedAt) implements DomainEvent {
}
