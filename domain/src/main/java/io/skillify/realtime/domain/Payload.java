package io.skillify.realtime.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A message's payload as it is built: ids and times become strings, absent (null) fields are left out. */
final class Payload {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    static Payload create() {
        return new Payload();
    }

    Payload put(String name, Object value) {
        switch (value) {
            case null -> {
            }
            case UUID id -> fields.put(name, id.toString());
            case Instant at -> fields.put(name, at.toString());
            case BigDecimal amount -> fields.put(name, amount);
            case Number number -> fields.put(name, number);
            case Boolean flag -> fields.put(name, flag);
            default -> fields.put(name, value.toString());
        }
        return this;
    }

    Map<String, Object> map() {
        return fields;
    }
}
