package io.skillify.automation.domain.view;

import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Instant;

/** {@code notBefore}: no earlier tick fires (the flow's save, or when the automation was enabled). */
public record DueSchedule(WorkspaceId workspace, AutomationId automation, int version, String cron, String timezone,
                          JsonValue input, Instant notBefore, Instant nextFireAt) {
}
