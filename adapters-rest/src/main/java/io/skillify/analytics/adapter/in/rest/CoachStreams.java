package io.skillify.analytics.adapter.in.rest;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.skillify.analytics.application.port.in.AnalyticsScope;
import io.skillify.analytics.application.port.in.AnalyticsWatcher;
import io.skillify.analytics.application.port.in.InsightsQuery;
import io.skillify.analytics.application.port.in.WatchAnalyticsUseCase;
import io.skillify.analytics.domain.insight.Insight;
import io.skillify.shared.adapter.in.rest.StreamSettings;
import io.skillify.shared.adapter.in.rest.StreamSlots;
import io.skillify.shared.application.ChangeSubscription;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open coach streams of this instance, grouped by workspace ({@link CoachGroup}). When the change feed says a
 * workspace's analytics changed (on whichever instance wrote them), its insights for the last 30 days are computed
 * once for all its streams, at most once a second. Every {@link #RESYNC} each workspace with open streams is
 * computed again, for lost notifications and for insights that appear with time alone ({@code not_run}). One timer
 * asks for heartbeats and max-duration closes; nothing polls per stream or holds a thread per stream.
 */
@Component
class CoachStreams implements AnalyticsWatcher, DisposableBean {

    static final Duration RESYNC = Duration.ofMinutes(1);
    private static final long TICK_MS = 100;

    private final InsightsQuery insights;
    private final StreamSettings settings;
    private final StreamSlots slots;
    private final Map<WorkspaceId, CoachGroup> groups = new ConcurrentHashMap<>();
    private final ChangeSubscription subscription;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "coach-streams");
        thread.setDaemon(true);
        return thread;
    });

    CoachStreams(InsightsQuery insights, WatchAnalyticsUseCase analytics, StreamSettings settings, StreamSlots slots,
                 ObjectProvider<MeterRegistry> meters) {
        this.insights = insights;
        this.settings = settings;
        this.slots = slots;
        meters.ifAvailable(registry -> Gauge.builder("skillify.sse.streams", this, CoachStreams::openStreams)
                .tag("stream", "coach")
                .description("Open coach event streams")
                .register(registry));
        this.subscription = analytics.watch(this);
        timer.scheduleWithFixedDelay(this::tick, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::anyAggregatesMayHaveChanged, RESYNC.toMillis(), RESYNC.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Opens a stream for the caller, or refuses with 429 when the caller holds as many as allowed. */
    SseEmitter open(AccountId caller, WorkspaceId workspace, long afterId) {
        StreamSlots.Slot slot = slots.take(caller);
        SseEmitter emitter = new SseEmitter(0L);
        CoachStream stream = new CoachStream(emitter, slot::release, afterId, settings.maxDuration().toNanos(),
                settings.buffer(), closed -> leave(workspace, closed));
        emitter.onCompletion(stream::release);
        emitter.onTimeout(stream::release);
        emitter.onError(failure -> stream.release());
        groups.compute(workspace, (id, group) -> {
            CoachGroup into = group != null ? group : new CoachGroup(() -> lastThirtyDays(workspace));
            into.add(stream);
            return into;
        });
        return emitter;
    }

    private List<Insight> lastThirtyDays(WorkspaceId workspace) {
        return insights.insights(new AnalyticsScope(workspace, Optional.empty(), Optional.empty(), ZoneOffset.UTC,
                Optional.empty()));
    }

    private void leave(WorkspaceId workspace, CoachStream stream) {
        groups.computeIfPresent(workspace, (id, group) -> group.remove(stream) ? null : group);
    }

    int openStreams() {
        return groups.values().stream().mapToInt(group -> group.streams().size()).sum();
    }

    @Override
    public void aggregatesChanged(WorkspaceId workspace) {
        CoachGroup group = groups.get(workspace);
        if (group != null) {
            group.computeSoon();
        }
    }

    @Override
    public void anyAggregatesMayHaveChanged() {
        groups.values().forEach(CoachGroup::computeSoon);
    }

    private void tick() {
        long now = System.nanoTime();
        long heartbeat = settings.heartbeat().toNanos();
        for (CoachGroup group : groups.values()) {
            group.startIfDue(now);
            for (CoachStream stream : group.streams()) {
                stream.tick(now, heartbeat);
            }
        }
    }

    @Override
    public void destroy() {
        subscription.close();
        timer.shutdownNow();
        for (CoachGroup group : List.copyOf(groups.values())) {
            List.copyOf(group.streams()).forEach(CoachStream::complete);
        }
    }
}
