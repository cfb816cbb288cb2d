package io.skillify.run.adapter.in.rest;

import io.skillify.run.domain.view.RunEvent;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One client's run-log stream: the history entries read for it wait in a small bounded buffer and are written by a
 * virtual thread that exists only while there is something to write, so an idle stream holds no thread. Pings and
 * the max-duration close are asked for by the streams' one timer and written by that same drain, so one stream's
 * writes never interleave. A client too slow for its buffer is cut with {@code : reconnect} and resumes with
 * {@code Last-Event-ID}: everything it missed is still in the run's history.
 */
final class RunLogStream {

    private final SseEmitter emitter;
    private final Runnable giveBackSlot;
    private final long closesAtNanos;
    private final BlockingQueue<RunEvent> waiting;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final Consumer<RunLogStream> whenClosed;
    private final Runnable whenDrainedBehind;
    private volatile long lastQueued;
    private volatile long lastWrittenNanos = System.nanoTime();
    private volatile boolean pingDue;
    private volatile boolean reconnectDue;
    private volatile boolean behind;
    private volatile boolean firstReadDone;

    RunLogStream(SseEmitter emitter, Runnable giveBackSlot, long afterSeq, long maxDurationNanos, int buffer,
                 Consumer<RunLogStream> whenClosed, Runnable whenDrainedBehind) {
        this.emitter = emitter;
        this.giveBackSlot = giveBackSlot;
        this.lastQueued = afterSeq;
        this.closesAtNanos = System.nanoTime() + maxDurationNanos;
        this.waiting = new LinkedBlockingQueue<>(buffer);
        this.whenClosed = whenClosed;
        this.whenDrainedBehind = whenDrainedBehind;
    }

    /** The highest seq handed to this stream (or the client's Last-Event-ID): the next read starts after it. */
    long lastQueued() {
        return lastQueued;
    }

    boolean isClosed() {
        return closed.get();
    }

    /**
     * Takes the entries after {@link #lastQueued()} from a read of the run's history; called by the run's one reader
     * only. When the buffer is full the stream is cut (the client resumes) and false is returned.
     */
    boolean take(Iterable<RunEvent> read, boolean moreMayFollow) {
        for (RunEvent event : read) {
            if (event.seq() > lastQueued && !isClosed()) {
                if (!waiting.offer(event)) {
                    waiting.clear();
                    reconnectDue = true;
                    release();
                    drainSoon();
                    return false;
                }
                lastQueued = event.seq();
            }
        }
        behind = moreMayFollow;
        drainSoon();
        return true;
    }

    /** True the first time only: a stream's first read decides whether its client resumed at or past the end. */
    boolean firstRead() {
        boolean first = !firstReadDone;
        firstReadDone = true;
        return first;
    }

    /** A client that resumed at or past the run's end gets the end again, and the stream closes. */
    void resendEnd(RunEvent end) {
        if (waiting.offer(end)) {
            drainSoon();
        }
    }

    /** The timer's look: asks for the max-duration close or a heartbeat; writes nothing itself. */
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

    /** Gives back the account's slot and leaves the run's streams, once, however the stream ended. */
    void release() {
        if (closed.compareAndSet(false, true)) {
            giveBackSlot.run();
            whenClosed.accept(this);
        }
    }

    private void drainSoon() {
        if (draining.compareAndSet(false, true)) {
            Thread.ofVirtual().name("run-log-stream").start(this::drain);
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
        if (behind && waiting.isEmpty() && !isClosed()) {
            behind = false;
            whenDrainedBehind.run();
        }
    }

    private boolean hasWork() {
        return !finished.get() && (!waiting.isEmpty() || reconnectDue || pingDue);
    }

    private void writeWaiting() throws IOException {
        for (RunEvent event = waiting.poll(); event != null; event = waiting.poll()) {
            if (finished.get()) {
                waiting.clear();
                return;
            }
            write(event);
            if (event.kind().equals("end")) {
                finish();
                return;
            }
        }
        if (finished.get()) {
            return;
        }
        if (reconnectDue) {
            emitter.send(SseEmitter.event().comment("reconnect"));
            finish();
        } else if (pingDue) {
            pingDue = false;
            emitter.send(SseEmitter.event().comment("ping"));
            lastWrittenNanos = System.nanoTime();
        }
    }

    private void finish() {
        if (finished.compareAndSet(false, true)) {
            release();
            waiting.clear();
            emitter.complete();
        }
    }

    private void write(RunEvent event) throws IOException {
        emitter.send(SseEmitter.event()
                .id(Long.toString(event.seq()))
                .name(event.kind())
                .data(payload(event), MediaType.APPLICATION_JSON));
        lastWrittenNanos = System.nanoTime();
    }

    private static Map<String, Object> payload(RunEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("seq", event.seq());
        data.put("at", event.at().toString());
        switch (event.kind()) {
            case "log" -> {
                data.put("level", event.level());
                data.put("nodeId", event.nodeId());
                data.put("message", event.message());
            }
            case "step" -> {
                data.put("nodeId", event.nodeId());
                data.put("status", event.message());
            }
            default -> data.put("status", event.message());
        }
        return data;
    }
}
