package io.skillify.automation.application;

import io.skillify.automation.application.port.in.ScheduleTicksUseCase;
import io.skillify.automation.application.port.out.ScheduleRepository;
import io.skillify.automation.application.schedule.CronSchedule;
import io.skillify.automation.domain.view.DueSchedule;
import io.skillify.shared.application.UseCase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@UseCase
class ScheduleService implements ScheduleTicksUseCase {

    private final ScheduleRepository schedules;

    ScheduleService(ScheduleRepository schedules) {
        this.schedules = schedules;
    }

    @Override
    public List<DueSchedule> due(Instant now, int limit) {
        return schedules.due(now, limit);
    }

    @Override
    public Optional<Instant> takeTick(DueSchedule schedule, Instant now, Duration catchUp) {
        CronSchedule cron = CronSchedule.of(schedule.cron(), schedule.timezone());
        Optional<Instant> latest = cron.lastTickAtOrBefore(now);
        Instant next = cron.nextTickAfter(now)
                .orElseThrow(() -> new IllegalArgumentException("the cron expression never fires again"));
        if (!schedules.moveNextFire(schedule, next)) {
            return Optional.empty();
        }
        return latest.filter(tick -> !tick.isBefore(schedule.notBefore()) && tick.isAfter(now.minus(catchUp)));
    }

    @Override
    public void postpone(DueSchedule schedule, Instant retryAt) {
        schedules.moveNextFire(schedule, retryAt);
    }
}
