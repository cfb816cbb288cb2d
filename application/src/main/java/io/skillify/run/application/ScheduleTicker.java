package io.skillify.run.application;

import io.skillify.automation.application.port.in.ScheduledAutomationsQuery;
import io.skillify.automation.application.port.in.ScheduledAutomationsQuery.Scheduled;
import io.skillify.run.application.port.in.FireScheduleTicksUseCase;
import io.skillify.shared.application.UseCase;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Turns schedule ticks into runs. Called every second by each instance; a tick is fired when it has come, is not
 * older than the flow's save and not older than {@link #CATCH_UP} (after downtime only the latest missed tick
 * runs), and only by the instance that records it first.
 */
@UseCase
class ScheduleTicker implements FireScheduleTicksUseCase {

    static final Duration CATCH_UP = Duration.ofMinutes(2);
    private static final System.Logger LOG = System.getLogger(ScheduleTicker.class.getName());

    private final ScheduledAutomationsQuery schedules;
    private final RunService runs;
    private final Clock clock;

    ScheduleTicker(ScheduledAutomationsQuery schedules, RunService runs, Clock clock) {
        this.schedules = schedules;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public void fireDueTicks() {
        Instant now = clock.instant();
        for (Scheduled scheduled : schedules.scheduled(now)) {
            try {
                Instant tick = scheduled.lastTick();
                if (tick != null && !tick.isBefore(scheduled.since()) && tick.isAfter(now.minus(CATCH_UP))) {
                    runs.fireScheduled(scheduled, tick);
                }
            } catch (RuntimeException failure) {
                LOG.log(Level.WARNING, "Schedule of automation " + scheduled.automation() + " could not fire", failure);
            }
        }
    }
}
