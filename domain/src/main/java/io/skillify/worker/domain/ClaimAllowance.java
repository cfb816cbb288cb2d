package io.skillify.worker.domain;

import io.skillify.shared.domain.LimitReachedException;

/** How many more tasks an account may take under its limit of concurrent workers, or that it is at the limit. */
public sealed interface ClaimAllowance {

    String LIMIT_REACHED = "Max concurrent workers limit reached";

    /** {@code tasks} more may be handed (at least one). */
    record Room(int tasks) implements ClaimAllowance {
    }

    /** The account already has {@code current} active workers, at or above its {@code limit}: refused with 429. */
    record AtLimit(int limit, int current) implements ClaimAllowance {

        public LimitReachedException refusal() {
            return new LimitReachedException(LIMIT_REACHED, limit, current);
        }
    }
}
