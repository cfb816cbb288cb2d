package io.skillify.analytics.adapter.in.rest;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.skillify.analytics.application.port.in.AnalyticsWatcher;
import io.skillify.analytics.domain.AnalyticsFilter;
import io.skillify.analytics.domain.AnalyticsWindow;
import io.skillify.shared.adapter.in.rest.StreamSettings;
import io.skillify.shared.adapter.in.rest.StreamSlots;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open {@code analytics/live} streams of this instance, grouped by workspace. When a workspace's aggregates
 * change (the change feed tells every instance), its group computes one snapshot — the last hour as
 * {@code /analytics/trends} answers it — at most once per {@link #LEAST_INTERVAL}, and hands that same snapshot to
 * every stream of the workspace. A workspace nobody watches costs nothing. One timer asks for heartbeats and
 * max-duration closes; nothing polls per stream or holds a thread per stream.
 */
@Component
class AnalyticsLiveStreams implements AnalyticsWatcher, DisposableBean {

    static final Duration LEAST_INTERVAL = Duration.ofSeconds(1);
    private static final Duration LONGEST_TICK = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(AnalyticsLiveStreams.class);

    private final AnalyticsAnswers answers;
    private final StreamSettings settings;
    private final StreamSlots slots;
    private final Clock clock;
    private final Map<WorkspaceId, Group> groups = new ConcurrentHashMap<>();
    private final AtomicLong published = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "analytics-live-streams");
        thread.setDaemon(true);
        return thread;
    });

    AnalyticsLiveStreams(AnalyticsAnswers answers, StreamSettings settings, StreamSlots slots, Clock clock,
                         ObjectProvider<MeterRegistry> meters) {
        this.answers = answers;
        this.settings = settings;
        this.slots = slots;
        this.clock = clock;
        meters.ifAvailable(registry -> {
            Gauge.builder("skillify.sse.streams", this, AnalyticsLiveStreams::openStreams)
                    .tag("stream", "analytics-live")
                    .description("Open analytics live streams")
                    .register(registry);
            FunctionCounter.builder("skillify.analytics.live.snapshots", published, AtomicLong::get)
                    .description("Snapshots computed for analytics live streams (one per workspace and change)")
                    .register(registry);
        });
        answers.afterEviction(this);
        long tick = Math.max(10, Math.min(settings.heartbeat().toMillis() / 2, LONGEST_TICK.toMillis()));
        timer.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
    }

    /** Opens a stream with its first snapshot, or refuses with 429 when the caller holds as many as allowed. */
    SseEmitter open(AccountId caller, WorkspaceId workspace) {
        StreamSlots.Slot slot = slots.take(caller);
        TrendsResponse first;
        try {
            first = snapshot(workspace);
        } catch (RuntimeException failed) {
            slot.release();
            throw failed;
        }
        SseEmitter emitter = new SseEmitter(0L);
        LiveStream stream = new LiveStream(emitter, slot::release, settings.maxDuration().toNanos(),
                closed -> leave(workspace, closed));
        groups.compute(workspace, (id, group) -> {
            Group into = group != null ? group : new Group(workspace);
            into.streams.add(stream);
            return into;
        });
        emitter.onCompletion(stream::release);
        emitter.onTimeout(stream::release);
        emitter.onError(failure -> stream.release());
        stream.offer(first);
        return emitter;
    }

    @Override
    public void aggregatesChanged(WorkspaceId workspace) {
        Group group = groups.get(workspace);
        if (group != null) {
            group.snapshotSoon();
        }
    }

    @Override
    public void anyAggregatesMayHaveChanged() {
        groups.values().forEach(Group::snapshotSoon);
    }

    /** How many snapshots the workspace's group computed since its first stream opened (0 when none is open). */
    long snapshotsPublished(WorkspaceId workspace) {
        Group group = groups.get(workspace);
        return group == null ? 0 : group.published.get();
    }

    int openStreams() {
        return groups.values().stream().mapToInt(group -> group.streams.size()).sum();
    }

    private TrendsResponse snapshot(WorkspaceId workspace) {
        return answers.trends(workspace, new AnalyticsFilter(Optional.empty(), AnalyticsWindow.lastHour(clock.instant())));
    }

    private void leave(WorkspaceId workspace, LiveStream stream) {
        groups.computeIfPresent(workspace, (id, group) -> {
            group.streams.remove(stream);
            return group.streams.isEmpty() ? null : group;
        });
    }

    private void tick() {
        long now = System.nanoTime();
        long heartbeat = settings.heartbeat().toNanos();
        for (Group group : groups.values()) {
            for (LiveStream stream : group.streams) {
                stream.tick(now, heartbeat);
            }
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
        for (Group group : List.copyOf(groups.values())) {
            List.copyOf(group.streams).forEach(LiveStream::complete);
        }
    }

    /** A workspace's streams and the pacing of its snapshots. */
    private final class Group {

        private final WorkspaceId workspace;
        private final Set<LiveStream> streams = ConcurrentHashMap.newKeySet();
        private final AtomicLong published = new AtomicLong();
        private boolean scheduled;
        private boolean everPublished;
        private long lastPublishedNanos;

        Group(WorkspaceId workspace) {
            this.workspace = workspace;
        }

        synchronized void snapshotSoon() {
            if (scheduled) {
                return;
            }
            scheduled = true;
            long wait = everPublished
                    ? Math.max(0, lastPublishedNanos + LEAST_INTERVAL.toNanos() - System.nanoTime())
                    : 0;
            try {
                timer.schedule(() -> Thread.ofVirtual().name("analytics-live-snapshot").start(this::publish), wait,
                        TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                scheduled = false;
            }
        }

        private void publish() {
            synchronized (this) {
                scheduled = false;
                everPublished = true;
                lastPublishedNanos = System.nanoTime();
            }
            if (streams.isEmpty()) {
                return;
            }
            TrendsResponse snapshot;
            try {
                snapshot = snapshot(workspace);
            } catch (RuntimeException failed) {
                log.warn("Analytics snapshot of workspace {} failed; the next change retries", workspace);
                return;
            }
            published.incrementAndGet();
            AnalyticsLiveStreams.this.published.incrementAndGet();
            streams.forEach(stream -> stream.offer(snapshot));
        }
    }
}
