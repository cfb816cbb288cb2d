package io.skillify.analytics.adapter.in.event;

import io.skillify.analytics.application.port.in.CountWaitingRunsUseCase;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Counts the runs waiting in analytics' inbox, on one thread per instance: woken when a run of this instance finishes,
 * it lingers {@link #LINGER} for runs finishing just after, then counts until the inbox is empty. A counting
 * transaction costs about the same for 1 run as for 100 of one automation (the same few rows), so a busy engine pays
 * one for the runs of half a second; a run still shows well within the live stream's one-second pace. Every
 * {@link #POLL} it also looks without being woken, for runs finished on an instance that stopped before counting
 * them.
 */
@Component
@AnalyticsListeners
class WaitingRunsCounting implements SmartLifecycle {

    static final Duration LINGER = Duration.ofMillis(500);
    static final Duration POLL = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(WaitingRunsCounting.class);

    private final CountWaitingRunsUseCase counting;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile Thread thread;

    WaitingRunsCounting(CountWaitingRunsUseCase counting) {
        this.counting = counting;
    }

    void wake() {
        wakeUps.release();
    }

    @Override
    public void start() {
        // a platform thread: its class loading must never pin a carrier of the request threads (ADR 0012)
        Thread counter = Thread.ofPlatform().daemon().name("analytics-counting").unstarted(this::countForever);
        thread = counter;
        counter.start();
    }

    private void countForever() {
        while (thread == Thread.currentThread()) {
            try {
                if (wakeUps.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                    Thread.sleep(LINGER);
                    wakeUps.drainPermits();
                }
                int taken;
                do {
                    taken = counting.countWaiting();
                } while (taken == CountWaitingRunsUseCase.MOST_PER_TRANSACTION);
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException failure) {
                log.warn("Finished runs could not be counted; they stay waiting and are counted later", failure);
                try {
                    Thread.sleep(POLL);
                } catch (InterruptedException stopping) {
                    return;
                }
            }
        }
    }

    @Override
    public void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
