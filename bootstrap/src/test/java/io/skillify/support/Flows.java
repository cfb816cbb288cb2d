package io.skillify.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders of flow documents for HTTP tests, usable from any package (node-type and trigger authors' tests). */
public final class Flows {

    private Flows() {
    }

    /** A node at (0, 0). */
    public static Map<String, Object> node(String id, String type, Map<String, Object> data) {
        return Map.of("id", id, "type", type, "position", Map.of("x", 0, "y", 0), "data", data);
    }

    /** An edge; {@code handle} (the source's output) may be null for a single-output source. */
    public static Map<String, Object> edge(String id, String source, String target, String handle) {
        Map<String, Object> edge = new LinkedHashMap<>(Map.of("id", id, "source", source, "target", target));
        if (handle != null) {
            edge.put("sourceHandle", handle);
        }
        return edge;
    }

    /** A flow of nodes joined in a line, {@code e1} from the first to the second node and so on. */
    @SafeVarargs
    public static Map<String, Object> chain(Map<String, Object>... nodes) {
        List<Map<String, Object>> edges = new java.util.ArrayList<>();
        for (int i = 1; i < nodes.length; i++) {
            edges.add(edge("e" + i, (String) nodes[i - 1].get("id"), (String) nodes[i].get("id"), null));
        }
        return Map.of("nodes", List.of(nodes), "edges", edges);
    }
}
