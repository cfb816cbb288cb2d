package io.skillify.analytics.adapter.in.rest;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One client's {@code analytics/live} stream. Only the latest snapshot waits (a slow client skips the ones it could
 * not take in time: each is complete), written by a virtual thread that exists only while there is something to
 * write. Pings and the max-duration close are asked for by the streams' timer and written by that same drain.
 */
final class LiveStream {

    private final SseEmitter emitter;
    private final Runnable giveBackSlot;
    private final long closesAtNanos;
    private final Consumer<LiveStream> whenClosed;
    private final AtomicReference<TrendsResponse> waiting = new AtomicReference<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile long lastWrittenNanos = System.nanoTime();
    private volatile boolean pingDue;
    private volatile boolean reconnectDue;

    LiveStream(SseEmitter emitter, Runnable giveBackSlot, long maxDurationNanos, Consumer<LiveStream> whenClosed) {
        this.emitter = emitter;
        this.giveBackSlot = giveBackSlot;
        this.closesAtNanos = System.nanoTime() + maxDurationNanos;
        this.whenClosed = whenClosed;
    }

    void offer(TrendsResponse snapshot) {
        if (!closed.get()) {
            waiting.set(snapshot);
            drainSoon();
        }
    }

    void tick(long nowNanos, long heartbeatNanos) {
        if (nowNanos - closesAtNanos >= 0) {
            reconnectDue = true;
            drainSoon();
        } else if (nowNanos - lastWrittenNanos >= heartbeatNanos) {
            pingDue = true;
            drainSoon();
        }
    }

    void complete() {
        finished.set(true);
        release();
        emitter.complete();
    }

    void release() {
        if (closed.compareAndSet(false, true)) {
            giveBackSlot.run();
            whenClosed.accept(this);
        }
    }

    private void drainSoon() {
        if (draining.compareAndSet(false, true)) {
            Thread.ofVirtual().name("analytics-live-stream").start(this::drain);
        }
    }

    private void drain() {
        do {
            try {
                write();
            } catch (IOException | IllegalStateException gone) {
                finished.set(true);
                release();
            }
            draining.set(false);
        } while (hasWork() && draining.compareAndSet(false, true));
    }

    private boolean hasWork() {
        return !finished.get() && (waiting.get() != null || reconnectDue || pingDue);
    }

    private void write() throws IOException {
        if (finished.get()) {
            return;
        }
        TrendsResponse snapshot = waiting.getAndSet(null);
        if (snapshot != null) {
            emitter.send(SseEmitter.event().name("snapshot").data(snapshot, MediaType.APPLICATION_JSON));
            lastWrittenNanos = System.nanoTime();
            pingDue = false;
        }
        if (reconnectDue) {
            emitter.send(SseEmitter.event().comment("reconnect"));
            finished.set(true);
            release();
            emitter.complete();
        } else if (pingDue) {
            pingDue = false;
            emitter.send(SseEmitter.event().comment("ping"));
            lastWrittenNanos = System.nanoTime();
        }
    }
}
