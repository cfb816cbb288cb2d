package io.skillify.automation.application.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CronScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:15:30.250Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @ParameterizedTest
    @ValueSource(strings = {"0 0 0 30 2 ?", "0 0 31 2 *", "0 0 0 31 4 ?"})
    void anExpressionThatNeverFiresIsRefused(String cron) {
        assertThatThrownBy(() -> CronSchedule.of(cron, "UTC").requireFiresAtMostEvery(MINUTE, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the cron expression never fires");
    }

    @Test
    void anExpressionWhoseTicksCannotBeComputedIsRefusedNotThrownAsSomethingElse() {
        CronSchedule broken = CronSchedule.of("0 0 0 31W * ?", "UTC");

        assertThatThrownBy(() -> broken.requireFiresAtMostEvery(MINUTE, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the cron expression's fire times cannot be computed");
        Instant inNovember = Instant.parse("2026-11-15T00:00:00Z");
        assertThatThrownBy(() -> broken.nextTickAfter(inNovember)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"* * * * * *", "*/10 * * * * *", "*/30 * * * * *", "0,30 0 0 1 1 *",
            "0,59 * * * * *", "0,1 0 0 29 2 ?"})
    void anExpressionFiringMoreOftenThanTheMinimumIntervalIsRefused(String cron) {
        assertThatThrownBy(() -> CronSchedule.of(cron, "Europe/Berlin").requireFiresAtMostEvery(MINUTE, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the cron expression fires more often than once every 1m, the shortest interval allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"* * * * *", "0,1 * * * *", "*/15 * * * *", "0 9 * * MON-FRI", "0 * * * * *",
            "0 0 0 29 2 ?", "0 0 12 L * ?", "30 */5 * * * *"})
    void expressionsFiringAtMostOnceAMinuteAreAllowed(String cron) {
        assertThatCode(() -> CronSchedule.of(cron, "Europe/Berlin").requireFiresAtMostEvery(MINUTE, NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void theMinimumIntervalIsASetting() {
        assertThatCode(() -> CronSchedule.of("* * * * * *", "UTC").requireFiresAtMostEvery(Duration.ofSeconds(1), NOW))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CronSchedule.of("0,1 * * * *", "UTC")
                .requireFiresAtMostEvery(Duration.ofMinutes(5), NOW))
                .hasMessage("the cron expression fires more often than once every 5m, the shortest interval allowed");
        assertThatCode(() -> CronSchedule.of("*/5 * * * *", "UTC").requireFiresAtMostEvery(Duration.ofMinutes(5), NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void nextTicksAreWholeSecondsStrictlyAfterTheInstant() {
        CronSchedule everySecond = CronSchedule.of("* * * * * *", "UTC");
        CronSchedule everyMinute = CronSchedule.of("* * * * *", "UTC");

        assertThat(everySecond.nextTickAfter(NOW)).contains(Instant.parse("2026-12-07T10:15:31Z"));
        assertThat(everySecond.nextTickAfter(Instant.parse("2026-12-07T10:15:31Z")))
                .contains(Instant.parse("2026-12-07T10:15:32Z"));
        assertThat(everyMinute.lastTickAtOrBefore(NOW)).contains(Instant.parse("2026-12-07T10:15:00Z"));
        assertThat(everyMinute.lastTickAtOrBefore(Instant.parse("2026-12-07T10:15:00Z")))
                .contains(Instant.parse("2026-12-07T10:15:00Z"));
        assertThat(everySecond.lastTickAtOrBefore(NOW)).contains(Instant.parse("2026-12-07T10:15:30Z"));
    }
}
