package io.skillify.automation.application;

import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.flow.FlowNode;
import io.skillify.automation.domain.nodetype.NodeTypeCatalog;
import io.skillify.automation.domain.nodetype.TriggerFiring;
import io.skillify.automation.domain.nodetype.TriggerType;
import java.util.Optional;

/** The trigger node of a flow and its registered type (none when the flow is null or its type is gone). */
record FlowTrigger(FlowNode node, TriggerType type) {

    static Optional<FlowTrigger> of(FlowGraph flow, NodeTypeCatalog catalog) {
        if (flow == null) {
            return Optional.empty();
        }
        return flow.nodes().stream()
                .flatMap(node -> catalog.trigger(node.type()).map(type -> new FlowTrigger(node, type)).stream())
                .findFirst();
    }

    boolean fires(TriggerFiring firing) {
        return type.firing() == firing;
    }
}
