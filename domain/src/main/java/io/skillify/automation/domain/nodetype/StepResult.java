package io.skillify.automation.domain.nodetype;

import io.skillify.shared.domain.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** What an executor decided: done (leaving by an output handle), wait until a time, or failed. */
public sealed interface StepResult {

    static StepResult completed(JsonValue output) {
        return new Completed(output, NodeTypeDescriptor.DEFAULT_OUTPUT);
    }

    static StepResult completed(JsonValue output, String handle) {
        return new Completed(output, handle);
    }

    static StepResult waitUntil(Instant until) {
        return new Waiting(until);
    }

    static StepResult failed(String error, boolean retryable) {
        return new Failed(error, retryable, null, null);
    }

    /**
     * Failed, keeping what the step saw ({@code output}, may be null) and, when the other side said when to try again,
     * {@code retryAfter} (may be null): a retry waits at least that long, and never happens when that is longer than
     * the step's retry policy allows between two tries.
     */
    static StepResult failed(String error, boolean retryable, JsonValue output, Duration retryAfter) {
        return new Failed(error, retryable, output, retryAfter);
    }

    record Completed(JsonValue output, String handle) implements StepResult {
        public Completed {
            Objects.requireNonNull(output);
            Objects.requireNonNull(handle);
        }
    }

    record Waiting(Instant until) implements StepResult {
        public Waiting {
            Objects.requireNonNull(until);
        }
    }

    record Failed(String error, boolean retryable, JsonValue output, Duration retryAfter) implements StepResult {
        public Failed {
            Objects.requireNonNull(error);
            if (retryAfter != null && retryAfter.isNegative()) {
                retryAfter = Duration.ZERO;
            }
        }
    }
}
