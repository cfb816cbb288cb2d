package io.skillify.automation.domain.nodetype;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a failed step is tried and how long to wait between tries: {@code backoff}, multiplied by
 * {@code multiplier} after each failure, never more than {@code maxBackoff}.
 */
public record RetryPolicy(int maxAttempts, Duration backoff, double multiplier, Duration maxBackoff) {

    public static final RetryPolicy ONCE = new RetryPolicy(1, Duration.ZERO, 1.0, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        Objects.requireNonNull(backoff);
        Objects.requireNonNull(maxBackoff);
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("backoff multiplier below 1");
        }
    }

    public static RetryPolicy exponential(int maxAttempts, Duration backoff, Duration maxBackoff) {
        return new RetryPolicy(maxAttempts, backoff, 2.0, maxBackoff);
    }
}
