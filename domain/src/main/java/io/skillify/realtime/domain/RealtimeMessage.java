package io.skillify.realtime.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One event for realtime subscribers (contract §6): the channel it goes to ({@code task-…}, without any deployment
 * prefix), its name ({@code task:claimed}) and its small payload. Payload values are strings, numbers, booleans or
 * null; absent fields are simply not in the map.
 */
public record RealtimeMessage(String channel, String name, Map<String, Object> data) {

    public RealtimeMessage {
        if (channel == null || channel.isBlank()) {
            throw new IllegalArgumentException("A realtime message needs a channel");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A realtime message needs a name");
        }
        data = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(data, "data")));
    }
}
