package io.skillify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Analytics answers are cached per workspace and request, dropped when the workspace's aggregates change (on any
 * instance, through the change feed), and at the latest {@code SKILLIFY_ANALYTICS_CACHE_TTL} (5s) after they were
 * computed; at most {@code SKILLIFY_ANALYTICS_CACHE_SIZE} (10000) answers per instance.
 */
@ConfigurationProperties("skillify.analytics")
record AnalyticsProperties(@DefaultValue("5s") Duration cacheTtl, @DefaultValue("10000") long cacheSize) {

    AnalyticsProperties {
        if (cacheTtl.isNegative() || cacheTtl.isZero()) {
            throw new IllegalArgumentException("skillify.analytics.cache-ttl must be positive");
        }
        if (cacheSize < 1) {
            throw new IllegalArgumentException("skillify.analytics.cache-size must be at least 1");
        }
    }
}
