package io.skillify.automation.application.fakes;

import io.skillify.automation.application.port.out.ScheduleRepository;
import io.skillify.automation.domain.AutomationId;
import io.skillify.automation.domain.view.DueSchedule;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One stored schedule per automation, in memory. */
public final class InMemorySchedules implements ScheduleRepository {

    private final Map<AutomationId, DueSchedule> rows = new LinkedHashMap<>();

    public Optional<DueSchedule> of(AutomationId automation) {
        return Optional.ofNullable(rows.get(automation));
    }

    @Override
    public void put(DueSchedule schedule) {
        rows.put(schedule.automation(), schedule);
    }

    @Override
    public void remove(WorkspaceId workspace, AutomationId automation) {
        rows.remove(automation);
    }

    @Override
    public List<DueSchedule> due(Instant now, int limit) {
        return rows.values().stream().filter(row -> !row.nextFireAt().isAfter(now))
                .sorted(Comparator.comparing(DueSchedule::nextFireAt)).limit(limit).toList();
    }

    @Override
    public boolean moveNextFire(DueSchedule schedule, Instant next) {
        DueSchedule current = rows.get(schedule.automation());
        if (current == null || !current.equals(schedule)) {
            return false;
        }
        rows.put(schedule.automation(), new DueSchedule(schedule.workspace(), schedule.automation(),
                schedule.version(), schedule.triggerType(), schedule.data(), schedule.input(), schedule.notBefore(),
                next));
        return true;
    }
}
