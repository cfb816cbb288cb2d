package io.skillify.automation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.automation.application.nodetype.NodeTypeRegistry;
import io.skillify.automation.application.nodetype.builtin.ScheduleTrigger;
import io.skillify.automation.application.port.in.ScheduleSettings;
import io.skillify.automation.domain.view.DueSchedule;
import io.skillify.automation.application.port.out.ScheduleRepository;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScheduleServiceTest {

    private static final Duration CATCH_UP = Duration.ofMinutes(2);
    private static final Instant SAVED = Instant.parse("2026-12-07T10:00:00.300Z");

    private final InMemorySchedules stored = new InMemorySchedules();
    private final ScheduleService service = new ScheduleService(stored,
            new NodeTypeRegistry(List.of(new ScheduleTrigger(ScheduleSettings.DEFAULT, Clock.systemUTC()))));

    private DueSchedule every(String cron, Instant nextFireAt) {
        DueSchedule schedule = new DueSchedule(new WorkspaceId(UUID.randomUUID()), new AutomationId(UUID.randomUUID()),
                1, "trigger.schedule", new JsonObject(Map.of("cron", new JsonString(cron))), JsonObject.EMPTY, SAVED,
                nextFireAt);
        stored.put(schedule);
        return schedule;
    }

    @Test
    void aDueTickFiresOnceAndTheNextFireTimeMovesPastNow() {
        DueSchedule schedule = every("* * * * *", Instant.parse("2026-12-07T10:01:00Z"));
        Instant now = Instant.parse("2026-12-07T10:01:00.400Z");

        assertThat(service.takeTick(schedule, now, CATCH_UP)).contains(Instant.parse("2026-12-07T10:01:00Z"));
        assertThat(stored.rows.get(schedule.automation()).nextFireAt())
                .isEqualTo(Instant.parse("2026-12-07T10:02:00Z"));
        assertThat(service.takeTick(schedule, now, CATCH_UP)).as("the same due row, taken by a second instance")
                .isEmpty();
        assertThat(service.due(now, 10)).isEmpty();
    }

    @Test
    void afterDowntimeOnlyTheLatestMissedTickFiresAndNotWhenOlderThanTheCatchUp() {
        DueSchedule recent = every("* * * * *", Instant.parse("2026-12-07T10:01:00Z"));
        DueSchedule old = every("0 * * * *", Instant.parse("2026-12-07T11:00:00Z"));
        Instant now = Instant.parse("2026-12-07T11:05:30Z");

        assertThat(service.takeTick(recent, now, CATCH_UP)).contains(Instant.parse("2026-12-07T11:05:00Z"));
        assertThat(service.takeTick(old, now, CATCH_UP)).isEmpty();
        assertThat(stored.rows.get(old.automation()).nextFireAt()).isEqualTo(Instant.parse("2026-12-07T12:00:00Z"));
    }

    @Test
    void aTickBeforeTheScheduleExistedDoesNotFire() {
        DueSchedule schedule = every("0 0 10 * * *", SAVED);

        assertThat(service.takeTick(schedule, SAVED.plusSeconds(5), CATCH_UP)).isEmpty();
    }

    @Test
    void aScheduleThatCannotBeComputedThrowsAnIllegalArgumentAndIsLeftAsItWas() {
        DueSchedule broken = every("0 0 0 31W * ?", SAVED);

        assertThatThrownBy(() -> service.takeTick(broken, SAVED.plusSeconds(1), CATCH_UP))
                .isInstanceOf(IllegalArgumentException.class);
        service.postpone(broken, SAVED.plusSeconds(61));
        assertThat(service.due(SAVED.plusSeconds(60), 10)).isEmpty();
        assertThat(service.due(SAVED.plusSeconds(61), 10)).hasSize(1);
    }

    private static final class InMemorySchedules implements ScheduleRepository {

        final Map<AutomationId, DueSchedule> rows = new HashMap<>();

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
            return rows.values().stream().filter(row -> !row.nextFireAt().isAfter(now)).limit(limit).toList();
        }

        @Override
        public boolean moveNextFire(DueSchedule schedule, Instant next) {
            DueSchedule current = rows.get(schedule.automation());
            if (current == null || !current.nextFireAt().equals(schedule.nextFireAt())) {
                return false;
            }
            rows.put(schedule.automation(), new DueSchedule(schedule.workspace(), schedule.automation(),
                    schedule.version(), schedule.triggerType(), schedule.data(), schedule.input(),
                    schedule.notBefore(), next));
            return true;
        }
    }
}
