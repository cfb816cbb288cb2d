package io.skillify.automation.adapter.out.http;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * The one deadline of an exchange (connecting, sending, headers and the whole body, over every attempt): when it
 * passes, the request under way is cancelled, which closes its connection and ends any read blocked on it.
 */
final class ExchangeDeadline implements AutoCloseable {

    private final ScheduledFuture<?> timer;
    private Cancellable current;
    private boolean expired;

    ExchangeDeadline(Duration timeout, ScheduledExecutorService timers) {
        this.timer = timers.schedule(this::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Makes {@code request} the one to cancel when the time is up; false when it is up already. */
    synchronized boolean guard(Cancellable request) {
        current = request;
        return !expired;
    }

    synchronized boolean expired() {
        return expired;
    }

    private void expire() {
        Cancellable request;
        synchronized (this) {
            expired = true;
            request = current;
        }
        if (request != null) {
            request.cancel();
        }
    }

    @Override
    public void close() {
        timer.cancel(false);
    }
}
