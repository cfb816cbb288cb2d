package io.skillify.automation.application.port.out;

import io.skillify.automation.domain.view.DueSchedule;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;

/** One stored schedule per scheduled automation, keyed by workspace and automation. */
public interface ScheduleRepository {

    /** Inserts or replaces the automation's schedule. */
    void put(DueSchedule schedule);

    void remove(WorkspaceId workspace, AutomationId automation);

    /** Schedules with {@code next_fire_at <= now}, earliest first. */
    List<DueSchedule> due(Instant now, int limit);

    /**
     * Sets the next fire time to {@code next} if the schedule still is {@code schedule} (same version and next fire
     * time), after a key-share lock on its automation (the lock order of a flow save, so the two never deadlock).
     * False when another instance (or a save) changed it first.
     */
    boolean moveNextFire(DueSchedule schedule, Instant next);
}
