package io.skillify;

import io.skillify.automation.application.port.in.ScheduleSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code SKILLIFY_SCHEDULE_MIN_INTERVAL} (1m): the shortest interval a schedule trigger's cron may fire at. */
@ConfigurationProperties("skillify.schedule")
record ScheduleProperties(@DefaultValue("1m") Duration minInterval) {

    ScheduleSettings settings() {
        return new ScheduleSettings(minInterval);
    }
}
