package io.skillify.run.domain.view;

import io.skillify.automation.domain.AutomationId;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepState;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Instant;
import java.util.List;

/** A run as callers see it; {@code steps} is empty in lists. */
public record RunView(RunId id, WorkspaceId workspaceId, AutomationId automationId, int version, RunStatus status,
                      String trigger, JsonValue input, RunId retryOf, String error, Instant createdAt,
                      Instant startedAt, Instant finishedAt, List<StepState> steps) {
}
