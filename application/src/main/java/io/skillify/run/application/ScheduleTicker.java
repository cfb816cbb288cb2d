package io.skillify.run.application;

import io.skillify.automation.application.port.in.ScheduleTicksUseCase;
import io.skillify.automation.domain.view.DueSchedule;
import io.skillify.run.application.port.in.FireScheduleTicksUseCase;
import io.skillify.shared.application.UseCase;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Turns schedule ticks into runs. Called every second by each instance; reads only the schedules that are due.
 * A tick is fired when it has come, is not older than the schedule and not older than {@link #CATCH_UP} (after
 * downtime only the latest missed tick runs), and only by the instance that moves the schedule's next fire time
 * first. A schedule that fails is logged and left alone for {@link #RETRY_AFTER}; the others still fire.
 */
@UseCase
class ScheduleTicker implements FireScheduleTicksUseCase {

    static final Duration CATCH_UP = Duration.ofMinutes(2);
    static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    static final int BATCH = 500;
    private static final int MAX_BATCHES_PER_PASS = 20;
    private static final System.Logger LOG = System.getLogger(ScheduleTicker.class.getName());

    private final ScheduleTicksUseCase schedules;
    private final ScheduledRuns runs;
    private final Clock clock;

    ScheduleTicker(ScheduleTicksUseCase schedules, ScheduledRuns runs, Clock clock) {
        this.schedules = schedules;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public void fireDueTicks() {
        for (int batch = 0; batch < MAX_BATCHES_PER_PASS; batch++) {
            Instant now = clock.instant();
            List<DueSchedule> due = schedules.due(now, BATCH);
            due.forEach(schedule -> fire(schedule, now));
            if (due.size() < BATCH) {
                return;
            }
        }
    }

    private void fire(DueSchedule schedule, Instant now) {
        try {
            runs.fireScheduled(schedule, () -> schedules.takeTick(schedule, now, CATCH_UP));
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Schedule of automation {0} in workspace {1} could not fire ({2}); trying again "
                    + "in {3}", schedule.automation(), schedule.workspace(), failure.getMessage(), RETRY_AFTER);
            LOG.log(Level.DEBUG, "Schedule failure", failure);
            postpone(schedule, now);
        }
    }

    private void postpone(DueSchedule schedule, Instant now) {
        try {
            schedules.postpone(schedule, now.plus(RETRY_AFTER));
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "Schedule of automation {0} could not be postponed ({1})", schedule.automation(),
                    failure.getMessage());
        }
    }
}
