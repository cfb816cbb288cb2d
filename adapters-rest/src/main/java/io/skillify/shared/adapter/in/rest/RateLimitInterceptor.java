package io.skillify.shared.adapter.in.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.skillify.shared.domain.AccountId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Per-account request rate limit (Bucket4j, refilled whole every minute). Every answer carries
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset}; past the limit the answer is
 * 429 with {@code Retry-After}. Buckets live in this instance's memory, so N instances allow up to N times the limit.
 */
final class RateLimitInterceptor implements HandlerInterceptor {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final ErrorResponseWriter errors;
    private final Cache<AccountId, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(WINDOW.multipliedBy(5))
            .maximumSize(1_000_000)
            .build();

    RateLimitInterceptor(int perMinute, ErrorResponseWriter errors) {
        this.perMinute = perMinute;
        this.errors = errors;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        var account = CurrentAccountArgumentResolver.current();
        if (account.isEmpty()) {
            return true;
        }
        Bucket bucket = buckets.get(account.get().id(), id -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long resetSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForReset() + 999_999_999));
        response.setHeader("RateLimit-Limit", Integer.toString(perMinute));
        response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        response.setHeader("RateLimit-Reset", Long.toString(resetSeconds));
        if (probe.isConsumed()) {
            return true;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
        response.setHeader("Retry-After", Long.toString(retryAfter));
        errors.write(response, 429, ErrorBodies.of(request, "Rate limit exceeded",
                Map.of("limit", perMinute, "current", perMinute)));
        return false;
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillIntervally(perMinute, WINDOW))
                .build();
    }
}
