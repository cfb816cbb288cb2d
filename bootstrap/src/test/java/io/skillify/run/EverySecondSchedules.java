package io.skillify.run;

import io.skillify.support.IntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A server whose schedules may fire every second ({@code SKILLIFY_SCHEDULE_MIN_INTERVAL=1s}), so schedule tests
 * see many ticks quickly. The tests extending it share one server.
 */
abstract class EverySecondSchedules extends IntegrationTest {

    static final String MIN_INTERVAL = "skillify.schedule.min-interval";

    @DynamicPropertySource
    static void everySecond(DynamicPropertyRegistry registry) {
        registry.add(MIN_INTERVAL, () -> "1s");
    }
}
