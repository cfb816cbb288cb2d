package io.skillify.automation.application.port.in;

import io.skillify.automation.domain.view.DueSchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The stored timers of live, enabled automations whose current flow starts with a trigger that fires on a timer
 * ({@code TriggerFiring.TIMER}: {@code trigger.schedule}, or any contributed one), each with its next fire time,
 * computed by the trigger type when the flow is saved or the automation enabled.
 */
public interface ScheduleTicksUseCase {

    /** Schedules whose next fire time is at or before {@code now}, earliest first, at most {@code limit}. */
    List<DueSchedule> due(Instant now, int limit);

    /**
     * Moves the schedule's next fire time past {@code now} and returns the tick to fire, if any: the latest tick
     * at or before {@code now}, unless it is older than {@code catchUp} or than the schedule itself. Empty too
     * when another instance took the tick first. Joins the caller's transaction; throws
     * {@link IllegalArgumentException} when the schedule's ticks cannot be computed (or its trigger type is gone).
     */
    Optional<Instant> takeTick(DueSchedule schedule, Instant now, Duration catchUp);

    /** Leaves a schedule that failed alone until {@code retryAt} (unless another instance moved it already). */
    void postpone(DueSchedule schedule, Instant retryAt);
}
