package io.skillify.realtime.adapter.out.pusher;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a message's data into JSON text that fits Pusher's 10 KB limit per event (ADR 0015): data over the limit
 * loses its largest fields, one at a time, until it fits, and says so with {@code "truncated": true}; the small
 * fields (ids, status, times) stay, so a subscriber can still fetch the whole resource. Each trim is logged.
 */
final class PayloadGuard {

    static final int MAX_DATA_BYTES = 10_240;
    private static final Logger log = LoggerFactory.getLogger(PayloadGuard.class);

    private final JsonMapper json = JsonMapper.builder().build();

    String dataOf(String channel, String name, Map<String, Object> data) {
        String whole = json.writeValueAsString(data);
        if (size(whole) <= MAX_DATA_BYTES) {
            return whole;
        }
        Map<String, Object> kept = new LinkedHashMap<>(data);
        kept.put("truncated", true);
        List<String> largestFirst = new ArrayList<>(data.keySet());
        largestFirst.sort(Comparator.comparingInt((String field) -> size(json.writeValueAsString(data.get(field))))
                .reversed());
        List<String> dropped = new ArrayList<>();
        String trimmed = json.writeValueAsString(kept);
        for (String field : largestFirst) {
            if (size(trimmed) <= MAX_DATA_BYTES) {
                break;
            }
            kept.remove(field);
            dropped.add(field);
            trimmed = json.writeValueAsString(kept);
        }
        log.warn("Realtime event {} on {} had {} bytes of data, over Pusher's limit of {}; sent without {}",
                name, channel, size(whole), MAX_DATA_BYTES, dropped);
        return trimmed;
    }

    private static int size(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
