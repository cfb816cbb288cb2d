package io.skillify.automation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flow documents for HTTP tests, written as plain maps the way an editor would send them. */
final class FlowDocuments {

    private FlowDocuments() {
    }

    static Map<String, Object> node(String id, String type, Map<String, Object> data) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", id);
        node.put("type", type);
        node.put("position", Map.of("x", 0, "y", 0));
        node.put("data", data);
        return node;
    }

    static Map<String, Object> edge(String id, String source, String target) {
        return Map.of("id", id, "source", source, "target", target);
    }

    static Map<String, Object> edge(String id, String source, String target, String handle) {
        return Map.of("id", id, "source", source, "target", target, "sourceHandle", handle);
    }

    static Map<String, Object> flow(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {
        return Map.of("nodes", nodes, "edges", edges);
    }

    /** The example of the contract: manual trigger → condition → transform (true) / worker task (false). */
    static Map<String, Object> branching() {
        return flow(List.of(
                        node("start", "trigger.manual", Map.of()),
                        node("check", "logic.condition", Map.of("expression", "input.amount > 100")),
                        node("big", "data.transform", Map.of("set", Map.of("tier", "'gold'"))),
                        node("ask", "worker.task", Map.of("title", "Review order",
                                "requiredCapabilities", List.of("review")))),
                List.of(edge("e1", "start", "check"),
                        edge("e2", "check", "big", "true"),
                        edge("e3", "check", "ask", "false")));
    }

    /** A straight line of {@code count} nodes: a manual trigger, then log steps. */
    static Map<String, Object> chain(int count) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        List<Map<String, Object>> edges = new ArrayList<>();
        nodes.add(node("n0", "trigger.manual", Map.of()));
        for (int i = 1; i < count; i++) {
            nodes.add(node("n" + i, "notify.log", Map.of("message", "step " + i)));
            edges.add(edge("e" + i, "n" + (i - 1), "n" + i));
        }
        return flow(nodes, edges);
    }
}
