package io.skillify.automation.domain.flow;

import java.util.List;

/** The nodes of registered trigger types. */
final class Triggers {

    private Triggers() {
    }

    static List<FlowDraft.Node> of(FlowDraft flow, FlowRule.Context context) {
        return flow.nodes().stream()
                .filter(node -> node.type() != null)
                .filter(node -> context.catalog().find(node.type()).map(t -> t.isTrigger()).orElse(false))
                .toList();
    }
}
