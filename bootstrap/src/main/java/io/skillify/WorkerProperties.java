package io.skillify;

import io.skillify.worker.application.port.in.WorkerSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The worker protocol: {@code SKILLIFY_WORKERS_LEASE} (15m: how long a claim or a report keeps a worker alive),
 * {@code SKILLIFY_WORKERS_MAX_ATTEMPTS} (3: claims a task gets before a lost worker fails it) and
 * {@code SKILLIFY_WORKERS_REAPER_INTERVAL} (5s: how often expired leases are looked for).
 */
@ConfigurationProperties("skillify.workers")
record WorkerProperties(@DefaultValue("15m") Duration lease, @DefaultValue("3") int maxAttempts,
                        @DefaultValue("5s") Duration reaperInterval) {

    WorkerSettings settings() {
        return new WorkerSettings(lease, maxAttempts, reaperInterval);
    }
}
