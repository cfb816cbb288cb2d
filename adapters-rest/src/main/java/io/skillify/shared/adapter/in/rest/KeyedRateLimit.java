package io.skillify.shared.adapter.in.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A request budget per key (an account, an automation …): Bucket4j buckets refilled whole every minute, kept in a
 * bounded map that forgets keys unused for five minutes, so unknown keys cannot grow memory without limit. Every
 * admitted or refused request gets {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset};
 * a refused one is answered 429 in the contract's shape with {@code Retry-After}. Buckets live in this instance's
 * memory, so N instances allow up to N times the limit.
 */
public final class KeyedRateLimit<K> {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final long MAX_KEYS = 1_000_000;

    private final int perMinute;
    private final ErrorResponseWriter errors;
    private final Cache<K, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(WINDOW.multipliedBy(5))
            .maximumSize(MAX_KEYS)
            .build();

    public KeyedRateLimit(int perMinute, ErrorResponseWriter errors) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate limit allows at least one request a minute");
        }
        this.perMinute = perMinute;
        this.errors = errors;
    }

    /** Spends one request of the key's budget; false once the answer (429) has been written. */
    public boolean admit(K key, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Bucket bucket = buckets.get(key, unused -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        response.setHeader("RateLimit-Limit", Integer.toString(perMinute));
        response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        response.setHeader("RateLimit-Reset", Long.toString(wholeSeconds(probe.getNanosToWaitForReset())));
        if (probe.isConsumed()) {
            return true;
        }
        response.setHeader("Retry-After", Long.toString(wholeSeconds(probe.getNanosToWaitForRefill())));
        errors.write(response, 429, ErrorBodies.of(request, "Rate limit exceeded",
                Map.of("limit", perMinute, "current", perMinute)));
        return false;
    }

    private static long wholeSeconds(long nanos) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillIntervally(perMinute, WINDOW))
                .build();
    }
}
