package io.skillify.automation.domain.flow;

import io.skillify.shared.domain.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A flow document read leniently: whatever could be read of each node and edge, with null for what could not
 * (the reader has reported those). The rules look at drafts, so that one broken node does not hide the others.
 * {@code nodesReadable} is false when {@code nodes} itself was missing or not an array (reported once, not again as
 * "no trigger").
 */
record FlowDraft(List<Node> nodes, List<Edge> edges, boolean nodesReadable) {

    record Node(int index, String id, String type, JsonObject data) {
        String path() {
            return "nodes[" + index + "]";
        }
    }

    record Edge(int index, String id, String source, String target, String sourceHandle, boolean handleReadable) {
        String path() {
            return "edges[" + index + "]";
        }
    }

    /** The first node with each id (duplicates are reported by their own rule). */
    Map<String, Node> nodesById() {
        Map<String, Node> byId = new LinkedHashMap<>();
        for (Node node : nodes) {
            if (node.id() != null) {
                byId.putIfAbsent(node.id(), node);
            }
        }
        return byId;
    }
}
