package io.skillify.run.application;

import io.skillify.automation.domain.nodetype.StepResult;
import io.skillify.shared.domain.json.JsonNumber;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Duration;

/**
 * The time limit of one attempt of a step: the node's own {@code timeoutMs} when its data has one, else its type's
 * default {@code timeout}. The engine interrupts an attempt still running {@link #GRACE} after its limit (so that a
 * type that applies the limit itself, as {@code http.request} does, reports its own error first) and fails it,
 * retryable: the retry policy decides.
 */
record AttemptTimeout(Duration limit, boolean fromNode) {

    static final Duration GRACE = Duration.ofSeconds(1);

    static AttemptTimeout of(JsonObject data, Duration typeDefault) {
        return data.get("timeoutMs").filter(JsonNumber.class::isInstance)
                .map(value -> ((JsonNumber) value).value().longValue())
                .filter(millis -> millis > 0)
                .map(millis -> new AttemptTimeout(Duration.ofMillis(millis), true))
                .orElseGet(() -> new AttemptTimeout(typeDefault, false));
    }

    /** When the engine interrupts the attempt. */
    Duration interruptAfter() {
        return limit.plus(GRACE);
    }

    StepResult timedOut() {
        return StepResult.failed("the attempt did not finish within its time limit of " + limit.toMillis() + " ms ("
                + (fromNode ? "the node's timeoutMs" : "the node type's default timeout") + ")", true);
    }
}
