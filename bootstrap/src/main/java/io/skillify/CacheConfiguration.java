package io.skillify;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Cache on Caffeine: the cache {@code analytics} of the analytics answers, bounded in time and size, with hits
 * and misses as the {@code cache.gets} metric.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsProperties.class)
class CacheConfiguration {

    static final String ANALYTICS = "analytics";

    @Bean
    CacheManager cacheManager(AnalyticsProperties analytics) {
        CaffeineCacheManager caches = new CaffeineCacheManager();
        caches.setAllowNullValues(false);
        caches.registerCustomCache(ANALYTICS, Caffeine.newBuilder()
                .expireAfterWrite(analytics.cacheTtl())
                .maximumSize(analytics.cacheSize())
                .recordStats()
                .build());
        return caches;
    }
}
