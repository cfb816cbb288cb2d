package io.skillify.run.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.application.port.in.ScheduleTicksUseCase;
import io.skillify.automation.domain.view.DueSchedule;
import io.skillify.automation.application.schedule.CronSchedule;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScheduleTickerTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:15:30Z");

    private final StoredSchedules schedules = new StoredSchedules();
    private final List<AutomationId> fired = new ArrayList<>();
    private final ScheduledRuns runs = (schedule, takeTick) -> takeTick.get().ifPresent(tick ->
            fired.add(schedule.automation()));

    @Test
    void aScheduleWhoseTicksCannotBeComputedIsSkippedAndEveryOtherScheduleFires() {
        List<DueSchedule> healthy = IntStream.range(0, 5).mapToObj(i -> schedules.add("* * * * * *")).toList();
        DueSchedule broken = schedules.add("0 0 0 31W * ?");
        healthy = new ArrayList<>(healthy);
        healthy.add(schedules.add("*/15 * * * * *"));

        new ScheduleTicker(schedules, runs, Clock.fixed(NOW, ZoneOffset.UTC)).fireDueTicks();

        assertThat(fired).containsExactlyInAnyOrderElementsOf(healthy.stream().map(DueSchedule::automation).toList());
        assertThat(schedules.nextFireAt(broken)).isEqualTo(NOW.plus(ScheduleTicker.RETRY_AFTER));
    }

    @Test
    void aBrokenScheduleIsRetriedOnlyAfterItsPauseNotEverySecond() {
        DueSchedule broken = schedules.add("0 0 0 31W * ?");
        DueSchedule healthy = schedules.add("* * * * * *");

        for (int second = 0; second < 10; second++) {
            new ScheduleTicker(schedules, runs, Clock.fixed(NOW.plusSeconds(second), ZoneOffset.UTC)).fireDueTicks();
        }

        assertThat(schedules.attempts(broken)).isEqualTo(1);
        assertThat(fired).hasSize(10).containsOnly(healthy.automation());
    }

    @Test
    void aFailureWhileStartingTheRunIsIsolatedToo() {
        DueSchedule failing = schedules.add("* * * * * *");
        DueSchedule healthy = schedules.add("* * * * * *");
        ScheduledRuns failingOnce = (schedule, takeTick) -> {
            if (schedule.automation().equals(failing.automation())) {
                throw new IllegalStateException("database said no");
            }
            runs.fireScheduled(schedule, takeTick);
        };

        new ScheduleTicker(schedules, failingOnce, Clock.fixed(NOW, ZoneOffset.UTC)).fireDueTicks();

        assertThat(fired).containsExactly(healthy.automation());
        assertThat(schedules.nextFireAt(failing)).isEqualTo(NOW.plus(ScheduleTicker.RETRY_AFTER));
    }

    /** Stored schedules as the automation context keeps them, computing ticks with the real cron code. */
    private static final class StoredSchedules implements ScheduleTicksUseCase {

        private final Map<AutomationId, DueSchedule> stored = new LinkedHashMap<>();
        private final Map<AutomationId, Integer> attempts = new LinkedHashMap<>();

        DueSchedule add(String cron) {
            DueSchedule schedule = new DueSchedule(new WorkspaceId(UUID.randomUUID()),
                    new AutomationId(UUID.randomUUID()), 1, "trigger.schedule", cronData(cron), JsonObject.EMPTY,
                    NOW.minusSeconds(60),
                    NOW.minusSeconds(1));
            stored.put(schedule.automation(), schedule);
            return schedule;
        }

        Instant nextFireAt(DueSchedule schedule) {
            return stored.get(schedule.automation()).nextFireAt();
        }

        int attempts(DueSchedule schedule) {
            return attempts.getOrDefault(schedule.automation(), 0);
        }

        @Override
        public List<DueSchedule> due(Instant now, int limit) {
            return stored.values().stream().filter(schedule -> !schedule.nextFireAt().isAfter(now))
                    .sorted(Comparator.comparing(DueSchedule::nextFireAt)).limit(limit).toList();
        }

        @Override
        public Optional<Instant> takeTick(DueSchedule schedule, Instant now, Duration catchUp) {
            attempts.merge(schedule.automation(), 1, Integer::sum);
            CronSchedule cron = CronSchedule.of(schedule.data().string("cron").orElseThrow(), "UTC");
            Optional<Instant> tick = cron.lastTickAtOrBefore(now);
            move(schedule, cron.nextTickAfter(now).orElseThrow());
            return tick;
        }

        @Override
        public void postpone(DueSchedule schedule, Instant retryAt) {
            move(schedule, retryAt);
        }

        private void move(DueSchedule schedule, Instant next) {
            stored.put(schedule.automation(), new DueSchedule(schedule.workspace(), schedule.automation(),
                    schedule.version(), schedule.triggerType(), schedule.data(), schedule.input(),
                    schedule.notBefore(), next));
        }

        private static JsonObject cronData(String cron) {
            return new JsonObject(Map.of("cron", new JsonString(cron)));
        }
    }
}
