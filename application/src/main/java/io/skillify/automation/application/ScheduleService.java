package io.skillify.automation.application;

import io.skillify.automation.application.port.in.ScheduleTicksUseCase;
import io.skillify.automation.application.port.out.ScheduleRepository;
import io.skillify.automation.domain.view.DueSchedule;
import io.skillify.automation.domain.nodetype.NodeTypeCatalog;
import io.skillify.automation.domain.nodetype.TriggerType;
import io.skillify.shared.application.UseCase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The timer of every {@code TIMER} trigger: fire times come from the trigger type, over the node's data. */
@UseCase
class ScheduleService implements ScheduleTicksUseCase {

    private final ScheduleRepository schedules;
    private final NodeTypeCatalog catalog;

    ScheduleService(ScheduleRepository schedules, NodeTypeCatalog catalog) {
        this.schedules = schedules;
        this.catalog = catalog;
    }

    @Override
    public List<DueSchedule> due(Instant now, int limit) {
        return schedules.due(now, limit);
    }

    @Override
    public Optional<Instant> takeTick(DueSchedule schedule, Instant now, Duration catchUp) {
        TriggerType trigger = catalog.trigger(schedule.triggerType())
                .orElseThrow(() -> new IllegalArgumentException("the trigger type " + schedule.triggerType()
                        + " is not registered"));
        Optional<Instant> latest = trigger.latestFireAtOrBefore(schedule.data(), now)
                .or(() -> Optional.of(schedule.nextFireAt()));
        Instant next = trigger.nextFireAfter(schedule.data(), now)
                .orElseThrow(() -> new IllegalArgumentException("the trigger never fires again"));
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
