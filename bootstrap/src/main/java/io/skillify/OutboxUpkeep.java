package io.skillify;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * Keeps the outbox moving on every instance: publications whose listener failed (Pusher down) or that went stale
 * (their instance died while delivering them; Modulith's staleness monitor marks those failed) are delivered again
 * every resubmit interval, and the archive of completed ones is purged past its retention. Outstanding ones are
 * also delivered again at start ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
@EnableConfigurationProperties(OutboxProperties.class)
class OutboxUpkeep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxUpkeep.class);

    private final FailedEventPublications failed;
    private final CompletedEventPublications completed;
    private final OutboxProperties properties;
    private ScheduledExecutorService timer;

    OutboxUpkeep(FailedEventPublications failed, CompletedEventPublications completed, OutboxProperties properties) {
        this.failed = failed;
        this.completed = completed;
        this.properties = properties;
    }

    @Override
    public void start() {
        // a platform thread: its class loading must never pin a carrier of the request threads (ADR 0012)
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("outbox-upkeep").factory());
        long resubmitEvery = properties.resubmitInterval().toMillis();
        timer.scheduleWithFixedDelay(this::resubmitFailed, resubmitEvery, resubmitEvery, TimeUnit.MILLISECONDS);
        long purgeEvery = properties.purgeInterval().toMillis();
        timer.scheduleWithFixedDelay(this::purgeArchive, purgeEvery, purgeEvery, TimeUnit.MILLISECONDS);
    }

    private void resubmitFailed() {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withBatchSize(properties.resubmitBatch()));
        } catch (RuntimeException failure) {
            log.warn("Failed event publications could not be resubmitted; trying again later", failure);
        }
    }

    void purgeArchive() {
        try {
            completed.deletePublicationsOlderThan(properties.retention());
        } catch (RuntimeException failure) {
            log.warn("Completed event publications could not be purged; trying again later", failure);
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
