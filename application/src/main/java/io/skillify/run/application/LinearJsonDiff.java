package io.skillify.run.application;

import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 6902 patch from one document to another in time linear in their size: objects member by member, arrays
 * index by index (items changed in place are replaced, extra items added at the end or removed from it). It finds no
 * moves and no insertions in the middle of an array, which would cost time quadratic in the arrays' lengths.
 */
final class LinearJsonDiff {

    private LinearJsonDiff() {
    }

    static JsonArray between(JsonValue from, JsonValue to) {
        List<JsonValue> operations = new ArrayList<>();
        diff(from, to, "", operations);
        return new JsonArray(operations);
    }

    private static void diff(JsonValue from, JsonValue to, String path, List<JsonValue> operations) {
        if (from instanceof JsonObject base && to instanceof JsonObject head) {
            objects(base, head, path, operations);
        } else if (from instanceof JsonArray base && to instanceof JsonArray head) {
            arrays(base, head, path, operations);
        } else if (!from.equals(to)) {
            operations.add(operation("replace", path, to));
        }
    }

    private static void objects(JsonObject base, JsonObject head, String path, List<JsonValue> operations) {
        for (Map.Entry<String, JsonValue> member : base.members().entrySet()) {
            String memberPath = path + "/" + escape(member.getKey());
            JsonValue other = head.members().get(member.getKey());
            if (other == null) {
                operations.add(operation("remove", memberPath, null));
            } else {
                diff(member.getValue(), other, memberPath, operations);
            }
        }
        for (Map.Entry<String, JsonValue> member : head.members().entrySet()) {
            if (!base.members().containsKey(member.getKey())) {
                operations.add(operation("add", path + "/" + escape(member.getKey()), member.getValue()));
            }
        }
    }

    private static void arrays(JsonArray base, JsonArray head, String path, List<JsonValue> operations) {
        List<JsonValue> from = base.items();
        List<JsonValue> to = head.items();
        int common = Math.min(from.size(), to.size());
        for (int i = 0; i < common; i++) {
            diff(from.get(i), to.get(i), path + "/" + i, operations);
        }
        for (int i = common; i < to.size(); i++) {
            operations.add(operation("add", path + "/" + i, to.get(i)));
        }
        for (int i = from.size() - 1; i >= common; i--) {
            operations.add(operation("remove", path + "/" + i, null));
        }
    }

    private static JsonObject operation(String op, String path, JsonValue value) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("op", new JsonString(op));
        members.put("path", new JsonString(path));
        if (value != null) {
            members.put("value", value);
        }
        return new JsonObject(members);
    }

    /** A member name as a JSON Pointer segment (RFC 6901). */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
