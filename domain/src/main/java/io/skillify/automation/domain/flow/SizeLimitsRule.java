package io.skillify.automation.domain.flow;

/** At most {@code maxNodes} nodes, and at most {@code maxNodeDataBytes} of {@code data} per node. */
final class SizeLimitsRule implements FlowRule {

    @Override
    public void check(FlowDraft flow, Context context, Problems problems) {
        int maxNodes = context.limits().maxNodes();
        if (flow.nodes().size() > maxNodes) {
            problems.add("nodes", "has " + flow.nodes().size() + " nodes; at most " + maxNodes + " are allowed");
        }
        int maxBytes = context.limits().maxNodeDataBytes();
        for (FlowDraft.Node node : flow.nodes()) {
            if (node.data() != null) {
                int bytes = node.data().utf8Length();
                if (bytes > maxBytes) {
                    problems.add(node.path() + ".data",
                            "is " + bytes + " bytes; at most " + maxBytes + " are allowed");
                }
            }
        }
    }
}
