package io.skillify.automation.domain.nodetype;

import io.skillify.shared.domain.json.JsonValue;
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
        return new Failed(error, retryable);
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

    record Failed(String error, boolean retryable) implements StepResult {
        public Failed {
            Objects.requireNonNull(error);
        }
    }
}
