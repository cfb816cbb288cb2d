package io.skillify.automation.application;

import io.skillify.automation.domain.view.DueSchedule;
import io.skillify.automation.application.port.out.ScheduleRepository;
import io.skillify.automation.application.schedule.CronSchedule;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.flow.FlowNode;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps an automation's stored schedule in step with its current flow and its enabled flag, inside the
 * transaction that changes them, so the ticker reads only schedules that are due.
 */
final class ScheduleKeeper {

    static final String SCHEDULE_TRIGGER = "trigger.schedule";

    private final ScheduleRepository schedules;

    ScheduleKeeper(ScheduleRepository schedules) {
        this.schedules = schedules;
    }

    /** Stores the schedule of {@code flow} (null: no flow yet) with ticks from {@code notBefore} on, or none. */
    void keep(WorkspaceId workspace, AutomationId automation, boolean enabled, int version, FlowGraph flow,
              Instant notBefore) {
        Optional<FlowNode> trigger = !enabled || flow == null ? Optional.empty()
                : flow.nodes().stream().filter(node -> node.type().equals(SCHEDULE_TRIGGER)).findFirst();
        if (trigger.isEmpty()) {
            schedules.remove(workspace, automation);
            return;
        }
        JsonObject data = trigger.get().data();
        String cron = data.string("cron").orElseThrow();
        String timezone = data.string("timezone").orElse("UTC");
        schedules.put(new DueSchedule(workspace, automation, version, cron, timezone,
                data.get("input").orElse(JsonObject.EMPTY), notBefore, firstFire(cron, timezone, notBefore)));
    }

    void drop(WorkspaceId workspace, AutomationId automation) {
        schedules.remove(workspace, automation);
    }

    /** A schedule saved before today's checks may not compute: it is due at once, and the ticker reports it. */
    private static Instant firstFire(String cron, String timezone, Instant notBefore) {
        try {
            return CronSchedule.of(cron, timezone).nextTickAtOrAfter(notBefore).orElse(notBefore);
        } catch (IllegalArgumentException broken) {
            return notBefore;
        }
    }
}
