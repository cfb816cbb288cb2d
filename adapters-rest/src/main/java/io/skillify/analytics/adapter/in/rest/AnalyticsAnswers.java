package io.skillify.analytics.adapter.in.rest;

import io.skillify.analytics.application.port.in.AnalyticsScope;
import io.skillify.analytics.application.port.in.AnalyticsTrendsQuery;
import io.skillify.analytics.application.port.in.AnalyticsWatcher;
import io.skillify.analytics.application.port.in.HeatmapQuery;
import io.skillify.analytics.application.port.in.InsightsQuery;
import io.skillify.analytics.application.port.in.SuccessRateQuery;
import io.skillify.analytics.application.port.in.WatchAnalyticsUseCase;
import io.skillify.analytics.domain.AnalyticsFilter;
import io.skillify.shared.application.ChangeSubscription;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * The analytics answers, cached (Spring Cache, Caffeine underneath) per workspace, route and canonical request. A
 * workspace's entries are dropped as soon as the change feed says its aggregates changed, on whichever instance
 * wrote them; the cache's short time-to-live ({@code SKILLIFY_ANALYTICS_CACHE_TTL}) bounds staleness should a
 * notification be lost. Each key carries the workspace's generation, so an answer computed from data read before a
 * change and stored after it is never served.
 */
@Component
class AnalyticsAnswers implements AnalyticsWatcher, DisposableBean {

    static final String CACHE = "analytics";

    private final Cache cache;
    private final AnalyticsTrendsQuery trends;
    private final SuccessRateQuery successRate;
    private final HeatmapQuery heatmap;
    private final InsightsQuery insights;
    private final Clock clock;
    private final AnalyticsRestMapper mapper;
    private final Map<WorkspaceId, Long> generations = new ConcurrentHashMap<>();
    private final AtomicLong epoch = new AtomicLong();
    private final List<AnalyticsWatcher> afterEviction = new CopyOnWriteArrayList<>();
    private final ChangeSubscription subscription;

    AnalyticsAnswers(CacheManager caches, AnalyticsTrendsQuery trends, SuccessRateQuery successRate,
                     HeatmapQuery heatmap, InsightsQuery insights, AnalyticsRestMapper mapper,
                     WatchAnalyticsUseCase changes, Clock clock) {
        this.cache = caches.getCache(CACHE);
        if (cache == null) {
            throw new IllegalStateException("no cache named " + CACHE);
        }
        this.trends = trends;
        this.successRate = successRate;
        this.heatmap = heatmap;
        this.insights = insights;
        this.clock = clock;
        this.mapper = mapper;
        this.subscription = changes.watch(this);
    }

    TrendsResponse trends(WorkspaceId workspace, AnalyticsFilter filter) {
        return cached(workspace, "trends", filter, () -> mapper.toResponse(trends.trends(workspace, filter)));
    }

    SuccessRateResponse successRate(WorkspaceId workspace, AnalyticsFilter filter) {
        return cached(workspace, "success-rate", filter,
                () -> mapper.toResponse(successRate.successRate(workspace, filter)));
    }

    HeatmapResponse heatmap(WorkspaceId workspace, AnalyticsFilter filter) {
        return cached(workspace, "heatmap", filter, () -> mapper.toResponse(heatmap.heatmap(workspace, filter)));
    }

    List<InsightResponse> insights(AnalyticsScope asked) {
        AnalyticsScope canonical = asked.canonical(clock.instant());
        return cached(asked.workspace(), "insights", canonical,
                () -> insights.insights(canonical).stream().map(InsightResponse::of).toList());
    }

    /** Told after this cache has dropped the changed workspace's answers (the live streams recompute then). */
    void afterEviction(AnalyticsWatcher watcher) {
        afterEviction.add(watcher);
    }

    @Override
    public void aggregatesChanged(WorkspaceId workspace) {
        generations.merge(workspace, 1L, Long::sum);
        evict(workspace);
        afterEviction.forEach(watcher -> watcher.aggregatesChanged(workspace));
    }

    @Override
    public void anyAggregatesMayHaveChanged() {
        epoch.incrementAndGet();
        cache.clear();
        afterEviction.forEach(AnalyticsWatcher::anyAggregatesMayHaveChanged);
    }

    private <T> T cached(WorkspaceId workspace, String route, Object question, Supplier<T> answer) {
        Key key = new Key(workspace, generations.getOrDefault(workspace, 0L), epoch.get(), route, question);
        return cache.get(key, answer::get);
    }

    @SuppressWarnings("unchecked")
    private void evict(WorkspaceId workspace) {
        if (cache.getNativeCache() instanceof com.github.benmanes.caffeine.cache.Cache<?, ?> entries) {
            ((com.github.benmanes.caffeine.cache.Cache<Object, Object>) entries).asMap().keySet()
                    .removeIf(key -> key instanceof Key answer && answer.workspace().equals(workspace));
        } else {
            cache.clear();
        }
    }

    @Override
    public void destroy() {
        subscription.close();
    }

    private record Key(WorkspaceId workspace, long generation, long epoch, String route, Object question) {
    }
}
