package io.skillify.automation.application.port.in;

import java.time.Duration;
import java.util.Objects;

/** Schedule triggers: a cron expression may not fire more often than once every {@code minInterval}. */
public record ScheduleSettings(Duration minInterval) {

    public static final ScheduleSettings DEFAULT = new ScheduleSettings(Duration.ofMinutes(1));

    public ScheduleSettings {
        Objects.requireNonNull(minInterval);
        if (minInterval.isNegative()) {
            throw new IllegalArgumentException("the minimum schedule interval must not be negative");
        }
    }
}
