package io.skillify.automation.domain.flow;

import static org.assertj.core.api.Assertions.fail;

import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonBoolean;
import io.skillify.shared.domain.json.JsonNull;
import io.skillify.shared.domain.json.JsonNumber;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes flow documents readably:
 * {@code flow(node("start", TRIGGER), node("a", STEP)).edge("e1", "start", "a").document()}, and raw JSON with
 * {@link #obj}, {@link #arr}, {@link #with} and {@link #without} for malformed ones.
 */
final class Flows {

    private final List<JsonValue> nodes;
    private final List<JsonValue> edges = new ArrayList<>();

    private Flows(List<JsonValue> nodes) {
        this.nodes = new ArrayList<>(nodes);
    }

    /** A flow of the given nodes (each usually from {@link #node}, but any JSON value goes) and no edges yet. */
    static Flows flow(JsonValue... nodes) {
        return new Flows(Arrays.asList(nodes));
    }

    /** A trigger {@code n0} followed by steps {@code n1 ... n(size-1)}, joined by edges {@code e1 ... e(size-1)}. */
    static Flows chain(int size) {
        Flows flow = new Flows(List.of(node("n0", TestCatalog.TRIGGER)));
        for (int i = 1; i < size; i++) {
            flow.node(node("n" + i, TestCatalog.STEP)).edge("e" + i, "n" + (i - 1), "n" + i);
        }
        return flow;
    }

    Flows node(JsonValue node) {
        nodes.add(node);
        return this;
    }

    Flows edge(String id, String source, String target) {
        return edge(edgeOf(id, source, target));
    }

    Flows edge(String id, String source, String target, String sourceHandle) {
        return edge(with(edgeOf(id, source, target), "sourceHandle", sourceHandle));
    }

    /** Any JSON value as the next edge. */
    Flows edge(JsonValue edge) {
        edges.add(edge);
        return this;
    }

    JsonObject document() {
        return obj("nodes", new JsonArray(nodes), "edges", new JsonArray(edges));
    }

    /** A node as React Flow saves it: id, type, position and empty data. */
    static JsonObject node(String id, String type) {
        return node(id, type, JsonObject.EMPTY);
    }

    static JsonObject node(String id, String type, JsonObject data) {
        return obj("id", id, "type", type, "position", obj("x", 0, "y", 0), "data", data);
    }

    static JsonObject edgeOf(String id, String source, String target) {
        return obj("id", id, "source", source, "target", target);
    }

    /** {@code object} with member {@code name} set to {@code value} (converted as by {@link #json}). */
    static JsonObject with(JsonObject object, String name, Object value) {
        Map<String, JsonValue> members = new LinkedHashMap<>(object.members());
        members.put(name, json(value));
        return new JsonObject(members);
    }

    /** {@code object} without member {@code name}. */
    static JsonObject without(JsonObject object, String name) {
        Map<String, JsonValue> members = new LinkedHashMap<>(object.members());
        members.remove(name);
        return new JsonObject(members);
    }

    /** A JSON object of alternating names and values, values converted as by {@link #json}. */
    static JsonObject obj(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.put((String) namesAndValues[i], json(namesAndValues[i + 1]));
        }
        return new JsonObject(members);
    }

    static JsonArray arr(Object... items) {
        return new JsonArray(Arrays.stream(items).map(Flows::json).toList());
    }

    /** Java to JSON: JSON values as they are, strings, numbers, booleans, null, lists and maps. */
    static JsonValue json(Object value) {
        return switch (value) {
            case null -> JsonNull.INSTANCE;
            case JsonValue json -> json;
            case String text -> new JsonString(text);
            case Integer number -> JsonNumber.of(number);
            case Long number -> JsonNumber.of(number);
            case BigDecimal number -> new JsonNumber(number);
            case Double number -> new JsonNumber(BigDecimal.valueOf(number));
            case Boolean bool -> JsonBoolean.of(bool);
            case List<?> list -> new JsonArray(list.stream().map(Flows::json).toList());
            case Map<?, ?> map -> {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                map.forEach((name, item) -> members.put((String) name, json(item)));
                yield new JsonObject(members);
            }
            default -> throw new IllegalArgumentException("not JSON: " + value);
        };
    }

    /** Validates with the {@link TestCatalog} and default limits. */
    static FlowGraph validate(JsonValue document) {
        return validate(document, FlowLimits.DEFAULT);
    }

    static FlowGraph validate(JsonValue document, FlowLimits limits) {
        return FlowGraph.validate(document, TestCatalog.INSTANCE, limits);
    }

    /** The problems of an invalid document; fails the test if the document is valid. */
    static List<Problem> problemsOf(JsonValue document) {
        return problemsOf(document, FlowLimits.DEFAULT);
    }

    static List<Problem> problemsOf(JsonValue document, FlowLimits limits) {
        try {
            validate(document, limits);
        } catch (InvalidInputException invalid) {
            return invalid.problems();
        }
        return fail("expected the flow to be invalid: " + document.toJson());
    }
}
