package io.skillify.shared.domain.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How deeply a document nests: a top-level object or array is level 1, a container inside it level 2, and so on.
 * Documents may nest {@link #MAX} levels; deeper ones are refused wherever they come from.
 */
public final class JsonDepth {

    public static final int MAX = 64;
    public static final String TOO_DEEP = "is nested deeper than " + MAX + " levels";

    private JsonDepth() {
    }

    /**
     * Where the first container beyond {@link #MAX} levels starts, in the contract's path notation
     * ({@code context.a[0]}; the empty path is the document itself), or empty when the document is within the limit.
     */
    public static Optional<String> beyondLimit(JsonValue document) {
        Deque<Visit> pending = new ArrayDeque<>();
        pending.push(new Visit(document, "", 1));
        while (!pending.isEmpty()) {
            Visit visit = pending.pop();
            switch (visit.value()) {
                case JsonObject object -> {
                    if (visit.level() > MAX) {
                        return Optional.of(visit.path());
                    }
                    for (Map.Entry<String, JsonValue> member : List.copyOf(object.members().entrySet()).reversed()) {
                        String path = visit.path().isEmpty() ? member.getKey() : visit.path() + "." + member.getKey();
                        pending.push(new Visit(member.getValue(), path, visit.level() + 1));
                    }
                }
                case JsonArray array -> {
                    if (visit.level() > MAX) {
                        return Optional.of(visit.path());
                    }
                    for (int i = array.items().size() - 1; i >= 0; i--) {
                        pending.push(new Visit(array.items().get(i), visit.path() + "[" + i + "]", visit.level() + 1));
                    }
                }
                default -> {
                    // scalars add no level
                }
            }
        }
        return Optional.empty();
    }

    private record Visit(JsonValue value, String path, int level) {
    }
}
