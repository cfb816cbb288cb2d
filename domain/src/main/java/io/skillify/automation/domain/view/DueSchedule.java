package io.skillify.automation.domain.view;

import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Instant;

/**
 * A timer trigger due to fire. {@code triggerType} and {@code data}: the trigger node's type key and data, from which
 * the type computes its fire times; {@code notBefore}: no earlier tick fires (the flow's save, or when the automation
 * was enabled).
 */
public record DueSchedule(WorkspaceId workspace, AutomationId automation, int version, String triggerType,
                          JsonObject data, JsonValue input, Instant notBefore, Instant nextFireAt) {
}
