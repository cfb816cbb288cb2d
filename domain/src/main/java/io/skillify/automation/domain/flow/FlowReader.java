package io.skillify.automation.domain.flow;

import io.skillify.shared.domain.Characters;
import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonNull;
import io.skillify.shared.domain.json.JsonNumber;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the React Flow shape ({@code {nodes: [...], edges: [...]}}) into a {@link FlowDraft}, reporting shape problems. */
final class FlowReader {

    static final int MAX_ID_LENGTH = 200;

    private FlowReader() {
    }

    static Optional<FlowDraft> read(JsonValue document, Problems problems) {
        if (!(document instanceof JsonObject flow)) {
            problems.add("", "must be a JSON object with nodes and edges");
            return Optional.empty();
        }
        List<FlowDraft.Node> nodes = new ArrayList<>();
        boolean nodesReadable = false;
        switch (flow.get("nodes").orElse(null)) {
            case null -> problems.add("nodes", "is required");
            case JsonArray array -> {
                nodesReadable = true;
                for (int i = 0; i < array.items().size(); i++) {
                    readNode(i, array.items().get(i), problems).ifPresent(nodes::add);
                }
            }
            default -> problems.add("nodes", "must be an array");
        }
        List<FlowDraft.Edge> edges = new ArrayList<>();
        switch (flow.get("edges").orElse(null)) {
            case null -> { }
            case JsonArray array -> {
                for (int i = 0; i < array.items().size(); i++) {
                    readEdge(i, array.items().get(i), problems).ifPresent(edges::add);
                }
            }
            default -> problems.add("edges", "must be an array");
        }
        return Optional.of(new FlowDraft(nodes, edges, nodesReadable));
    }

    private static Optional<FlowDraft.Node> readNode(int index, JsonValue value, Problems problems) {
        String path = "nodes[" + index + "]";
        if (!(value instanceof JsonObject node)) {
            problems.add(path, "must be an object");
            return Optional.empty();
        }
        String id = requiredText(node, "id", path, problems);
        String type = requiredText(node, "type", path, problems);
        JsonObject data = switch (node.get("data").orElse(null)) {
            case null -> JsonObject.EMPTY;
            case JsonObject object -> object;
            default -> {
                problems.add(path + ".data", "must be an object");
                yield null;
            }
        };
        node.get("position").ifPresent(position -> {
            if (!(position instanceof JsonObject xy && xy.get("x").orElse(null) instanceof JsonNumber
                    && xy.get("y").orElse(null) instanceof JsonNumber)) {
                problems.add(path + ".position", "must be an object with numeric x and y");
            }
        });
        return Optional.of(new FlowDraft.Node(index, id, type, data));
    }

    private static Optional<FlowDraft.Edge> readEdge(int index, JsonValue value, Problems problems) {
        String path = "edges[" + index + "]";
        if (!(value instanceof JsonObject edge)) {
            problems.add(path, "must be an object");
            return Optional.empty();
        }
        String id = requiredText(edge, "id", path, problems);
        String source = requiredText(edge, "source", path, problems);
        String target = requiredText(edge, "target", path, problems);
        String handle = null;
        boolean handleReadable = true;
        switch (edge.get("sourceHandle").orElse(JsonNull.INSTANCE)) {
            case JsonNull absent -> { }
            case JsonString text -> handle = text.value();
            default -> {
                problems.add(path + ".sourceHandle", "must be a string or null");
                handleReadable = false;
            }
        }
        return Optional.of(new FlowDraft.Edge(index, id, source, target, handle, handleReadable));
    }

    private static String requiredText(JsonObject object, String field, String path, Problems problems) {
        JsonValue value = object.get(field).orElse(null);
        if (value == null || value == JsonNull.INSTANCE) {
            problems.add(path + "." + field, "is required");
            return null;
        }
        if (!(value instanceof JsonString text) || text.value().isBlank()) {
            problems.add(path + "." + field, "must be a non-empty string");
            return null;
        }
        if (Characters.exceed(text.value(), MAX_ID_LENGTH)) {
            problems.add(path + "." + field, "must be at most " + MAX_ID_LENGTH + " characters");
            return null;
        }
        return text.value();
    }
}
