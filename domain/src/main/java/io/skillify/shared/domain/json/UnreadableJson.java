package io.skillify.shared.domain.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What stands in for a stored document, or the part of it, that cannot be read back (written before the depth
 * limit existed, or otherwise unparseable): {@code {"unreadable": true, "reason": "…"}}.
 *
 * <p>Readers put these very instances into the documents they build, so {@link #appearsIn} recognises a stand-in by
 * identity and never mistakes a caller's look-alike object for one.
 */
public final class UnreadableJson {

    public static final JsonObject TOO_DEEP = marker("nested deeper than " + JsonDepth.MAX + " levels");
    public static final JsonObject MALFORMED = marker("could not be read back");

    private UnreadableJson() {
    }

    private static JsonObject marker(String reason) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("unreadable", JsonBoolean.TRUE);
        members.put("reason", new JsonString(reason));
        return new JsonObject(members);
    }

    /** True when a reader replaced the document, or a part of it, with a stand-in. */
    public static boolean appearsIn(JsonValue document) {
        Deque<JsonValue> pending = new ArrayDeque<>();
        if (document != null) {
            pending.push(document);
        }
        while (!pending.isEmpty()) {
            JsonValue value = pending.pop();
            if (value == TOO_DEEP || value == MALFORMED) {
                return true;
            }
            switch (value) {
                case JsonObject object -> object.members().values().forEach(pending::push);
                case JsonArray array -> array.items().forEach(pending::push);
                default -> {
                    // scalars hold nothing
                }
            }
        }
        return false;
    }
}
