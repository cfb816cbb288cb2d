package io.skillify.shared.domain.json;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Any JSON number, with its exact value (no rounding through double). It is written in {@link BigDecimal}'s
 * notation, so {@code 1e2} comes back as {@code 1E+2}: the same number, not the same characters.
 */
public record JsonNumber(BigDecimal value) implements JsonValue {

    public JsonNumber {
        Objects.requireNonNull(value);
    }

    public static JsonNumber of(long value) {
        return new JsonNumber(BigDecimal.valueOf(value));
    }

    @Override
    public String typeName() {
        return "number";
    }
}
