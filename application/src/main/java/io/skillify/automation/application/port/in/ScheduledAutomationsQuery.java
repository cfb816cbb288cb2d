package io.skillify.automation.application.port.in;

import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Instant;
import java.util.List;

/**
 * Live, enabled automations whose current flow starts with a {@code trigger.schedule} node, each with the latest
 * tick of its cron expression (in its time zone) at or before {@code now}.
 */
public interface ScheduledAutomationsQuery {

    List<Scheduled> scheduled(Instant now);

    /** {@code since}: when the current flow was saved; earlier ticks are not due. {@code lastTick} may be null. */
    record Scheduled(WorkspaceId workspace, AutomationId automation, int version, Instant lastTick, JsonValue input,
                     Instant since) {
    }
}
