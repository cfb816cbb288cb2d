package io.skillify.run.adapter.in.rest;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.skillify.run.domain.view.RunEvent;
import io.skillify.run.application.port.in.RunEventsQuery;
import io.skillify.run.domain.RunId;
import io.skillify.shared.adapter.in.rest.StreamSettings;
import io.skillify.shared.adapter.in.rest.StreamSlots;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open run-log streams of this instance. One ticker thread serves them all: every poll interval it sends each
 * stream the history entries after the last one it sent (read from the database, so events of runs advanced by
 * other instances arrive too), a {@code : ping} when it has been quiet for a heartbeat, and {@code end} once. A
 * stream whose client went away fails its next write and is dropped with everything it held, its account's stream
 * slot included. A stream open for the max duration ends with a {@code : reconnect} comment; the client resumes with
 * {@code Last-Event-ID}.
 */
@Component
class RunLogStreams implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunLogStreams.class);
    private static final int BATCH = 500;

    private final RunEventsQuery events;
    private final StreamSettings settings;
    private final StreamSlots slots;
    private final Set<Stream> open = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "run-log-streams");
        thread.setDaemon(true);
        return thread;
    });

    RunLogStreams(RunEventsQuery events, StreamSettings settings, StreamSlots slots,
                  ObjectProvider<MeterRegistry> meters) {
        this.events = events;
        this.settings = settings;
        this.slots = slots;
        meters.ifAvailable(registry -> Gauge.builder("skillify.sse.streams", open, Set::size)
                .tag("stream", "run-logs")
                .description("Open run-log event streams")
                .register(registry));
        long every = settings.pollInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /** Opens a stream for the caller, or refuses with 429 when the caller holds as many as allowed. */
    SseEmitter open(AccountId caller, WorkspaceId workspace, RunId run, long afterSeq) {
        StreamSlots.Slot slot = slots.take(caller);
        SseEmitter emitter = new SseEmitter(0L);
        Stream stream = new Stream(workspace, run, emitter, afterSeq, slot);
        emitter.onCompletion(() -> drop(stream));
        emitter.onTimeout(() -> drop(stream));
        emitter.onError(failure -> drop(stream));
        open.add(stream);
        return emitter;
    }

    int openStreams() {
        return open.size();
    }

    private void tick() {
        for (Stream stream : List.copyOf(open)) {
            try {
                stream.pump();
            } catch (IOException | IllegalStateException gone) {
                drop(stream);
            } catch (RuntimeException failure) {
                log.warn("Run-log stream of run {} failed; closing it", stream.run, failure);
                drop(stream);
                stream.emitter.completeWithError(failure);
            }
        }
    }

    private void drop(Stream stream) {
        open.remove(stream);
        stream.slot.release();
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
        for (Stream stream : List.copyOf(open)) {
            stream.emitter.complete();
            drop(stream);
        }
    }

    private final class Stream {

        private final WorkspaceId workspace;
        private final RunId run;
        private final SseEmitter emitter;
        private final StreamSlots.Slot slot;
        private final Instant closesAt;
        private long lastSeq;
        private Instant lastSent = Instant.now();
        private boolean lookedForEnd;

        Stream(WorkspaceId workspace, RunId run, SseEmitter emitter, long afterSeq, StreamSlots.Slot slot) {
            this.workspace = workspace;
            this.run = run;
            this.emitter = emitter;
            this.lastSeq = afterSeq;
            this.slot = slot;
            this.closesAt = Instant.now().plus(settings.maxDuration());
        }

        void pump() throws IOException {
            if (!Instant.now().isBefore(closesAt)) {
                drop(this);
                emitter.send(SseEmitter.event().comment("reconnect"));
                emitter.complete();
                return;
            }
            List<RunEvent> batch = events.eventsAfter(workspace, run, lastSeq, BATCH);
            for (RunEvent event : batch) {
                if (send(event)) {
                    return;
                }
            }
            if (batch.isEmpty()) {
                boolean heartbeatDue = Instant.now().isAfter(lastSent.plus(settings.heartbeat()));
                if ((!lookedForEnd || heartbeatDue) && resumedPastEnd()) {
                    return;
                }
                lookedForEnd = true;
                if (heartbeatDue) {
                    emitter.send(SseEmitter.event().comment("ping"));
                    lastSent = Instant.now();
                }
            }
        }

        /**
         * A client that resumes at or past the run's end (a browser's EventSource reconnects with the end's id after
         * the stream closed) gets the end again and the stream closes, rather than pings forever. Looked at on the
         * first quiet poll and then with each heartbeat, not on every poll.
         */
        private boolean resumedPastEnd() throws IOException {
            Optional<RunEvent> end = events.end(workspace, run);
            return end.isPresent() && end.get().seq() <= lastSeq && send(end.get());
        }

        /** Sends one history entry; true when it was the end and the stream is closed. */
        private boolean send(RunEvent event) throws IOException {
            emitter.send(SseEmitter.event()
                    .id(Long.toString(event.seq()))
                    .name(event.kind())
                    .data(payload(event), MediaType.APPLICATION_JSON));
            lastSeq = Math.max(lastSeq, event.seq());
            lastSent = Instant.now();
            if (event.kind().equals("end")) {
                drop(this);
                emitter.complete();
                return true;
            }
            return false;
        }

        private Map<String, Object> payload(RunEvent event) {
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
}
