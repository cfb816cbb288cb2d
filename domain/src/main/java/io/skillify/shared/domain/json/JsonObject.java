package io.skillify.shared.domain.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

public record JsonObject(Map<String, JsonValue> members) implements JsonValue {

    public static final JsonObject EMPTY = new JsonObject(Map.of());

    public JsonObject {
        members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    public Optional<JsonValue> get(String name) {
        return Optional.ofNullable(members.get(name));
    }

    public Optional<String> string(String name) {
        return get(name).filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value());
    }

    public boolean has(String name) {
        return members.containsKey(name);
    }

    @Override
    public String typeName() {
        return "object";
    }
}
