package io.skillify.shared.domain.json;

import java.util.List;

public record JsonArray(List<JsonValue> items) implements JsonValue {

    public JsonArray {
        items = List.copyOf(items);
    }

    @Override
    public String typeName() {
        return "array";
    }
}
