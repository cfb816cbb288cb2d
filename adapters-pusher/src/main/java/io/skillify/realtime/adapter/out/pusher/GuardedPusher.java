package io.skillify.realtime.adapter.out.pusher;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.skillify.realtime.application.port.out.RealtimeUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Resilience4j policies around Pusher: a retry with exponential backoff of transient failures (5xx, 429,
 * timeouts, connection trouble), around a circuit breaker that opens when at least half of the last ten calls (five
 * at least) failed that way and then refuses calls without touching the network for {@code breaker-open-for}; and
 * the bulkhead of {@code max-concurrent-requests} senders, each with at most one request in flight, whose permits
 * {@link MessageBatcher} takes before it hands a batch to a sender (so a hanging Pusher holds no more threads or
 * connections than that, and the waiting events gather into fuller batches). Every failure of {@link #send} comes
 * out as {@link RealtimeUnavailableException}.
 */
final class GuardedPusher {

    private final Consumer<List<PusherEvent>> send;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;

    GuardedPusher(PusherSettings settings, Consumer<List<PusherEvent>> trigger) {
        Bulkhead bulkhead = Bulkhead.of("pusher", BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrentRequests())
                .maxWaitDuration(Duration.ofSeconds(1))
                .build());
        this.breaker = CircuitBreaker.of("pusher", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(settings.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordException(PusherCallFailed::isTransient)
                .ignoreException(failure -> !PusherCallFailed.isTransient(failure))
                .build());
        Retry retry = Retry.of("pusher", RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.retryBackoff(), 2.0))
                .retryOnException(PusherCallFailed::isTransient)
                .failAfterMaxAttempts(false)
                .build());
        this.bulkhead = bulkhead;
        Consumer<List<PusherEvent>> broken = events -> breaker.executeRunnable(() -> trigger.accept(events));
        this.send = events -> retry.executeRunnable(() -> broken.accept(events));
    }

    void send(List<PusherEvent> events) {
        try {
            send.accept(events);
        } catch (CallNotPermittedException e) {
            throw new RealtimeUnavailableException("Pusher's circuit is open after repeated failures", e);
        } catch (PusherCallFailed e) {
            throw new RealtimeUnavailableException(e.getMessage(), e);
        }
    }

    Bulkhead bulkhead() {
        return bulkhead;
    }

    CircuitBreaker.State breakerState() {
        return breaker.getState();
    }
}
