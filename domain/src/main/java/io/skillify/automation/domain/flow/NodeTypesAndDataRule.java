package io.skillify.automation.domain.flow;

/** Every node's type is registered, and its {@code data} matches that type's data schema. */
final class NodeTypesAndDataRule implements FlowRule {

    @Override
    public void check(FlowDraft flow, Context context, Problems problems) {
        for (FlowDraft.Node node : flow.nodes()) {
            if (node.type() == null) {
                continue;
            }
            var type = context.catalog().find(node.type());
            if (type.isEmpty()) {
                problems.add(node.path() + ".type", "'" + node.type() + "' is not a registered node type");
            } else if (node.data() != null) {
                problems.addAll(context.catalog().validateData(type.get(), node.data(), node.path() + ".data"));
            }
        }
    }
}
