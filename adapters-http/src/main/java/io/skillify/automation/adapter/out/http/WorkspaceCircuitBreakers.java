package io.skillify.automation.adapter.out.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.skillify.shared.domain.WorkspaceId;
import java.io.IOException;
import java.time.Duration;

/**
 * One circuit breaker per workspace and destination ({@code host:port}): a workspace whose calls to a host fail
 * (say, with a 1 ms timeout) opens only its own breaker. A breaker trips when half of its last 20 calls (at least
 * 10) failed and stays open 30 s. The registry is bounded: breakers idle for ten minutes are dropped, and beyond
 * {@value #MAX_BREAKERS} the least recently used go first, so no caller can grow it without limit.
 */
final class WorkspaceCircuitBreakers {

    static final int MAX_BREAKERS = 10_000;
    private static final Duration IDLE_BREAKER_LIFETIME = Duration.ofMinutes(10);

    private final CircuitBreakerConfig config = CircuitBreakerConfig.custom()
            .slidingWindowSize(20)
            .minimumNumberOfCalls(10)
            .failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(30))
            .recordExceptions(IOException.class)
            .ignoreExceptions(DestinationNotAllowedException.class)
            .build();
    private final Cache<Key, CircuitBreaker> breakers = Caffeine.newBuilder()
            .maximumSize(MAX_BREAKERS)
            .expireAfterAccess(IDLE_BREAKER_LIFETIME)
            .build();

    CircuitBreaker of(WorkspaceId workspace, String destination) {
        return breakers.get(new Key(workspace, destination),
                key -> CircuitBreaker.of(key.workspace() + "/" + key.destination(), config));
    }

    private record Key(WorkspaceId workspace, String destination) {
    }
}
