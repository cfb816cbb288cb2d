package io.skillify.run.application.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * How the engine of this instance shares the work: its lease owner name, how long a claimed run stays its own,
 * how often it looks for due runs, how many it claims at once and how many it advances concurrently; and whether its
 * step saves announce step changes ({@code RunStepsChanged}, for realtime): only when someone listens, since each
 * announcement turns a step's single-statement save into a transaction with an outbox row (ADR 0016).
 */
public record EngineSettings(String owner, Duration lease, Duration pollInterval, int claimBatch, int concurrency,
                             boolean announceSteps) {

    public EngineSettings {
        Objects.requireNonNull(owner);
        Objects.requireNonNull(lease);
        Objects.requireNonNull(pollInterval);
        if (claimBatch < 1 || concurrency < 1) {
            throw new IllegalArgumentException("claim batch and concurrency must be positive");
        }
    }

    public EngineSettings(String owner, Duration lease, Duration pollInterval, int claimBatch, int concurrency) {
        this(owner, lease, pollInterval, claimBatch, concurrency, false);
    }
}
