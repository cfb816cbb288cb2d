package io.skillify.automation.domain.flow;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every node can be reached from the trigger; a node no run can reach is a mistake. */
final class ReachabilityRule implements FlowRule {

    @Override
    public void check(FlowDraft flow, Context context, Problems problems) {
        List<FlowDraft.Node> triggers = Triggers.of(flow, context);
        if (triggers.size() != 1 || triggers.getFirst().id() == null) {
            return;
        }
        String trigger = triggers.getFirst().id();
        Map<String, List<String>> next = Adjacency.of(flow);
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(trigger);
        reached.add(trigger);
        while (!queue.isEmpty()) {
            for (String successor : next.get(queue.poll())) {
                if (reached.add(successor)) {
                    queue.add(successor);
                }
            }
        }
        Map<String, FlowDraft.Node> firstById = flow.nodesById();
        for (FlowDraft.Node node : flow.nodes()) {
            if (node.id() != null && !reached.contains(node.id()) && firstById.get(node.id()) == node) {
                problems.add(node.path(), "is not reachable from the trigger '" + trigger + "'");
            }
        }
    }
}
