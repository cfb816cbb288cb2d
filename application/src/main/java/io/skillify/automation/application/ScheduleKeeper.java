package io.skillify.automation.application;

import io.skillify.automation.domain.view.DueSchedule;
import io.skillify.automation.application.port.out.ScheduleRepository;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.nodetype.NodeTypeCatalog;
import io.skillify.automation.domain.nodetype.TriggerFiring;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps an automation's stored timer in step with its current flow and its enabled flag, inside the transaction
 * that changes them, so the ticker reads only timers that are due. Any trigger type that fires on a
 * {@link TriggerFiring#TIMER} gets one.
 */
final class ScheduleKeeper {

    private final ScheduleRepository schedules;
    private final NodeTypeCatalog catalog;

    ScheduleKeeper(ScheduleRepository schedules, NodeTypeCatalog catalog) {
        this.schedules = schedules;
        this.catalog = catalog;
    }

    /** Stores the timer of {@code flow} (null: no flow yet) with ticks from {@code notBefore} on, or none. */
    void keep(WorkspaceId workspace, AutomationId automation, boolean enabled, int version, FlowGraph flow,
              Instant notBefore) {
        Optional<FlowTrigger> timer = enabled ? FlowTrigger.of(flow, catalog)
                .filter(trigger -> trigger.fires(TriggerFiring.TIMER)) : Optional.empty();
        if (timer.isEmpty()) {
            schedules.remove(workspace, automation);
            return;
        }
        JsonObject data = timer.get().node().data();
        schedules.put(new DueSchedule(workspace, automation, version, timer.get().node().type(), data,
                timer.get().type().timerInput(data), notBefore, firstFire(timer.get(), notBefore)));
    }

    void drop(WorkspaceId workspace, AutomationId automation) {
        schedules.remove(workspace, automation);
    }

    /** A timer saved before today's checks may not compute: it is due at once, and the ticker reports it. */
    private static Instant firstFire(FlowTrigger timer, Instant notBefore) {
        try {
            return timer.type().nextFireAfter(timer.node().data(), notBefore.minusNanos(1)).orElse(notBefore);
        } catch (IllegalArgumentException broken) {
            return notBefore;
        }
    }
}
