package io.skillify.worker.domain;

import java.time.Instant;
import java.util.Objects;

public record Milestone(String label, Instant timestamp) {

    public Milestone {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
