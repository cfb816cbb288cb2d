package io.skillify.run.application;

import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.shared.domain.json.JsonNumber;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Duration;

/** A node's own {@code retry: {maxAttempts, backoffMs}} in its data, over its type's default policy. */
final class RetryOverrides {

    private RetryOverrides() {
    }

    static RetryPolicy of(JsonObject data, RetryPolicy defaults) {
        return data.get("retry").filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .map(retry -> new RetryPolicy(
                        number(retry, "maxAttempts").map(Long::intValue).orElse(defaults.maxAttempts()),
                        number(retry, "backoffMs").map(Duration::ofMillis).orElse(defaults.backoff()),
                        defaults.multiplier(),
                        max(defaults.maxBackoff(), number(retry, "backoffMs").map(Duration::ofMillis)
                                .orElse(Duration.ZERO))))
                .orElse(defaults);
    }

    private static java.util.Optional<Long> number(JsonObject object, String name) {
        return object.get(name).filter(JsonNumber.class::isInstance).map(v -> ((JsonNumber) v).value().longValue());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
