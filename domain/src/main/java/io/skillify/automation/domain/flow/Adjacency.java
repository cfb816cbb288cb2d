package io.skillify.automation.domain.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The graph formed by the edges whose two ends exist, self-loops left out (they are reported on their own). */
final class Adjacency {

    private Adjacency() {
    }

    static Map<String, List<String>> of(FlowDraft flow) {
        Map<String, FlowDraft.Node> nodes = flow.nodesById();
        Map<String, List<String>> next = new LinkedHashMap<>();
        nodes.keySet().forEach(id -> next.put(id, new ArrayList<>()));
        for (FlowDraft.Edge edge : flow.edges()) {
            if (edge.source() != null && edge.target() != null && nodes.containsKey(edge.source())
                    && nodes.containsKey(edge.target()) && !edge.source().equals(edge.target())) {
                next.get(edge.source()).add(edge.target());
            }
        }
        return next;
    }
}
