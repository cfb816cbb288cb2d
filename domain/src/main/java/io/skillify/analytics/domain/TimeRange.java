package io.skillify.analytics.domain;

import java.time.Instant;
import java.util.Objects;

/** The instants [{@code from}, {@code to}). */
public record TimeRange(Instant from, Instant to) {

    public TimeRange {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts");
        }
    }

    public boolean isEmpty() {
        return from.equals(to);
    }
}
