package io.skillify.shared.domain.json;

import java.util.Objects;

public record JsonString(String value) implements JsonValue {

    public JsonString {
        Objects.requireNonNull(value);
    }

    @Override
    public String typeName() {
        return "string";
    }
}
