package io.skillify.run.adapter.in.rest;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.skillify.run.application.port.in.RunEventsQuery;
import io.skillify.run.application.port.in.RunHistoryWatcher;
import io.skillify.run.application.port.in.WatchRunHistoryUseCase;
import io.skillify.run.domain.RunId;
import io.skillify.shared.adapter.in.rest.StreamSettings;
import io.skillify.shared.adapter.in.rest.StreamSlots;
import io.skillify.shared.application.ChangeSubscription;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open run-log streams of this instance, grouped by run (ADR 0014). A run's history is read when the change
 * feed says it grew (on whichever instance wrote it), once for all of that run's streams ({@link RunStreamGroup});
 * a stream that opens reads its backlog the same way. One timer asks for heartbeats and max-duration closes, and
 * every {@code SKILLIFY_SSE_RESYNC_INTERVAL} re-reads each run with open streams, in case a notification was lost.
 * Nothing here polls per stream or holds a thread per stream.
 */
@Component
class RunLogStreams implements RunHistoryWatcher, DisposableBean {

    private static final Duration LONGEST_TICK = Duration.ofSeconds(1);

    private final RunEventsQuery events;
    private final StreamSettings settings;
    private final StreamSlots slots;
    private final Map<RunId, RunStreamGroup> groups = new ConcurrentHashMap<>();
    private final ChangeSubscription subscription;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "run-log-streams");
        thread.setDaemon(true);
        return thread;
    });

    RunLogStreams(RunEventsQuery events, WatchRunHistoryUseCase history, StreamSettings settings, StreamSlots slots,
                  ObjectProvider<MeterRegistry> meters) {
        this.events = events;
        this.settings = settings;
        this.slots = slots;
        meters.ifAvailable(registry -> Gauge.builder("skillify.sse.streams", this, RunLogStreams::openStreams)
                .tag("stream", "run-logs")
                .description("Open run-log event streams")
                .register(registry));
        this.subscription = history.watch(this);
        long tick = Math.max(10, Math.min(settings.heartbeat().toMillis() / 2, LONGEST_TICK.toMillis()));
        timer.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
        long resync = settings.resyncInterval().toMillis();
        timer.scheduleWithFixedDelay(this::anyHistoryMayHaveGrown, resync, resync, TimeUnit.MILLISECONDS);
    }

    /** Opens a stream for the caller, or refuses with 429 when the caller holds as many as allowed. */
    SseEmitter open(AccountId caller, WorkspaceId workspace, RunId run, long afterSeq) {
        StreamSlots.Slot slot = slots.take(caller);
        SseEmitter emitter = new SseEmitter(0L);
        RunStreamGroup[] joined = new RunStreamGroup[1];
        RunLogStream stream = new RunLogStream(emitter, slot::release, afterSeq, settings.maxDuration().toNanos(),
                settings.buffer(), closed -> leave(run, closed), () -> joined[0].readSoon());
        groups.compute(run, (id, group) -> {
            RunStreamGroup into = group != null ? group : new RunStreamGroup(workspace, run, events, settings.buffer());
            into.add(stream);
            joined[0] = into;
            return into;
        });
        emitter.onCompletion(stream::release);
        emitter.onTimeout(stream::release);
        emitter.onError(failure -> stream.release());
        joined[0].readSoon();
        return emitter;
    }

    private void leave(RunId run, RunLogStream stream) {
        groups.computeIfPresent(run, (id, group) -> group.remove(stream) ? null : group);
    }

    int openStreams() {
        return groups.values().stream().mapToInt(group -> group.streams().size()).sum();
    }

    @Override
    public void historyGrew(RunId run) {
        RunStreamGroup group = groups.get(run);
        if (group != null) {
            group.readSoon();
        }
    }

    @Override
    public void anyHistoryMayHaveGrown() {
        groups.values().forEach(RunStreamGroup::readSoon);
    }

    private void tick() {
        long now = System.nanoTime();
        long heartbeat = settings.heartbeat().toNanos();
        for (RunStreamGroup group : groups.values()) {
            for (RunLogStream stream : group.streams()) {
                stream.tick(now, heartbeat);
            }
        }
    }

    @Override
    public void destroy() {
        subscription.close();
        timer.shutdownNow();
        for (RunStreamGroup group : List.copyOf(groups.values())) {
            List.copyOf(group.streams()).forEach(RunLogStream::complete);
        }
    }
}
