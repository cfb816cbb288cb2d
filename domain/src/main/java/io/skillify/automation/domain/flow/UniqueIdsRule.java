package io.skillify.automation.domain.flow;

import java.util.HashMap;
import java.util.Map;

/** Node ids are unique among nodes, edge ids among edges. */
final class UniqueIdsRule implements FlowRule {

    @Override
    public void check(FlowDraft flow, Context context, Problems problems) {
        Map<String, Integer> nodes = new HashMap<>();
        for (FlowDraft.Node node : flow.nodes()) {
            if (node.id() != null) {
                Integer first = nodes.putIfAbsent(node.id(), node.index());
                if (first != null) {
                    problems.add(node.path() + ".id", "'" + node.id() + "' is already the id of nodes[" + first + "]");
                }
            }
        }
        Map<String, Integer> edges = new HashMap<>();
        for (FlowDraft.Edge edge : flow.edges()) {
            if (edge.id() != null) {
                Integer first = edges.putIfAbsent(edge.id(), edge.index());
                if (first != null) {
                    problems.add(edge.path() + ".id", "'" + edge.id() + "' is already the id of edges[" + first + "]");
                }
            }
        }
    }
}
