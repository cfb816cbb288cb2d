package io.skillify.analytics.adapter.in.rest;

import io.skillify.analytics.domain.insight.Insight;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One client's coach stream: each insight is sent once, the first time a computation of the workspace's insights
 * contains it (by {@link Insight#key()}), with ids counting up from the client's {@code Last-Event-ID}. Writes happen
 * on a virtual thread that exists only while there is something to write, pings and the max-duration close
 * included, so one stream's writes never interleave and an idle stream holds no thread.
 */
final class CoachStream {

    private final SseEmitter emitter;
    private final Runnable giveBackSlot;
    private final long closesAtNanos;
    private final Consumer<CoachStream> whenClosed;
    private final BlockingQueue<Numbered> waiting;
    private final Set<String> sent = new HashSet<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();
    private long lastId;
    private volatile long lastWrittenNanos = System.nanoTime();
    private volatile boolean pingDue;
    private volatile boolean reconnectDue;

    CoachStream(SseEmitter emitter, Runnable giveBackSlot, long afterId, long maxDurationNanos, int buffer,
                Consumer<CoachStream> whenClosed) {
        this.emitter = emitter;
        this.giveBackSlot = giveBackSlot;
        this.lastId = afterId;
        this.closesAtNanos = System.nanoTime() + maxDurationNanos;
        this.waiting = new LinkedBlockingQueue<>(buffer);
        this.whenClosed = whenClosed;
    }

    /** Queues the insights of a computation this stream has not sent yet; a client too slow for its buffer is cut. */
    synchronized void offer(List<Insight> current) {
        if (closed.get()) {
            return;
        }
        for (Insight insight : current) {
            if (!sent.add(insight.key())) {
                continue;
            }
            if (!waiting.offer(new Numbered(lastId + 1, insight))) {
                waiting.clear();
                reconnectDue = true;
                release();
                break;
            }
            lastId++;
        }
        drainSoon();
    }

    void tick(long nowNanos, long heartbeatNanos) {
        if (nowNanos - closesAtNanos >= 0) {
            reconnectDue = true;
            drainSoon();
        } else if (nowNanos - lastWrittenNanos >= heartbeatNanos && waiting.isEmpty()) {
            pingDue = true;
            drainSoon();
        }
    }

    /** Ends the stream from the server's side (shutdown). */
    void complete() {
        finished.set(true);
        release();
        emitter.complete();
    }

    /** Gives back the account's slot and leaves the workspace's streams, once, however the stream ended. */
    void release() {
        if (closed.compareAndSet(false, true)) {
            giveBackSlot.run();
            whenClosed.accept(this);
        }
    }

    private void drainSoon() {
        if (draining.compareAndSet(false, true)) {
            Thread.ofVirtual().name("coach-stream").start(this::drain);
        }
    }

    private void drain() {
        do {
            try {
                writeWaiting();
            } catch (IOException | IllegalStateException gone) {
                finished.set(true);
                release();
                waiting.clear();
            }
            draining.set(false);
        } while (hasWork() && draining.compareAndSet(false, true));
    }

    private boolean hasWork() {
        return !finished.get() && (!waiting.isEmpty() || reconnectDue || pingDue);
    }

    private void writeWaiting() throws IOException {
        for (Numbered next = waiting.poll(); next != null && !finished.get(); next = waiting.poll()) {
            emitter.send(SseEmitter.event()
                    .id(Long.toString(next.id()))
                    .name("insight")
                    .data(InsightResponse.of(next.insight()), MediaType.APPLICATION_JSON));
            lastWrittenNanos = System.nanoTime();
        }
        if (finished.get()) {
            return;
        }
        if (reconnectDue) {
            emitter.send(SseEmitter.event().comment("reconnect"));
            if (finished.compareAndSet(false, true)) {
                release();
                waiting.clear();
                emitter.complete();
            }
        } else if (pingDue) {
            pingDue = false;
            emitter.send(SseEmitter.event().comment("ping"));
            lastWrittenNanos = System.nanoTime();
        }
    }

    private record Numbered(long id, Insight insight) {
    }
}
