package io.skillify.automation.domain.flow;

import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import java.util.Map;
import java.util.Optional;

/**
 * Every edge joins two existing nodes, never a node to itself, never into a trigger, and leaves its source by an
 * output that the source's type declares (no {@code sourceHandle} means {@code default}, for single-output types).
 */
final class EdgesRule implements FlowRule {

    @Override
    public void check(FlowDraft flow, Context context, Problems problems) {
        Map<String, FlowDraft.Node> nodes = flow.nodesById();
        for (FlowDraft.Edge edge : flow.edges()) {
            FlowDraft.Node source = edge.source() == null ? null : nodes.get(edge.source());
            FlowDraft.Node target = edge.target() == null ? null : nodes.get(edge.target());
            if (edge.source() != null && source == null) {
                problems.add(edge.path() + ".source", "'" + edge.source() + "' is not a node of this flow");
            }
            if (edge.target() != null && target == null) {
                problems.add(edge.path() + ".target", "'" + edge.target() + "' is not a node of this flow");
            }
            if (source != null && source == target) {
                problems.add(edge.path(), "connects node '" + source.id() + "' to itself");
            }
            if (target != null && typeOf(target, context).map(NodeTypeDescriptor::isTrigger).orElse(false)) {
                problems.add(edge.path() + ".target", "'" + target.id() + "' is a trigger; triggers have no inputs");
            }
            if (source != null && edge.handleReadable()) {
                typeOf(source, context).ifPresent(type -> checkHandle(edge, source, type, problems));
            }
        }
    }

    private static void checkHandle(FlowDraft.Edge edge, FlowDraft.Node source, NodeTypeDescriptor type,
                                    Problems problems) {
        String outputs = String.join(", ", type.outputs());
        if (edge.sourceHandle() == null) {
            if (!type.hasSingleOutput()) {
                problems.add(edge.path() + ".sourceHandle", "is required: node '" + source.id() + "' ("
                        + type.type() + ") has the outputs " + outputs);
            }
        } else if (!type.outputs().contains(edge.sourceHandle())) {
            problems.add(edge.path() + ".sourceHandle", "'" + edge.sourceHandle() + "' is not an output of node '"
                    + source.id() + "' (" + type.type() + "), which has " + outputs);
        }
    }

    private static Optional<NodeTypeDescriptor> typeOf(FlowDraft.Node node, Context context) {
        return node.type() == null ? Optional.empty() : context.catalog().find(node.type());
    }
}
