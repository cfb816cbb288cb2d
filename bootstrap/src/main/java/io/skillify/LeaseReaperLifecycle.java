package io.skillify;

import io.skillify.worker.application.port.in.ExpireLeasesUseCase;
import io.skillify.worker.application.port.in.WorkerSettings;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Looks for workers whose lease ran out every {@code SKILLIFY_WORKERS_REAPER_INTERVAL}, on every instance. */
@Component
class LeaseReaperLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LeaseReaperLifecycle.class);

    private final ExpireLeasesUseCase reaper;
    private final WorkerSettings settings;
    private ScheduledExecutorService timer;

    LeaseReaperLifecycle(ExpireLeasesUseCase reaper, WorkerSettings settings) {
        this.reaper = reaper;
        this.settings = settings;
    }

    @Override
    public void start() {
        // a platform thread: its class loading must never pin a carrier of the request threads (ADR 0012)
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("lease-reaper").factory());
        long every = settings.reaperInterval().toMillis();
        timer.scheduleWithFixedDelay(this::reap, every, every, TimeUnit.MILLISECONDS);
    }

    private void reap() {
        try {
            int expired = reaper.expireLeases();
            if (expired > 0) {
                log.info("{} worker(s) failed with an expired lease", expired);
            }
        } catch (RuntimeException failure) {
            log.warn("Expired worker leases could not be handled; trying again later", failure);
        }
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
