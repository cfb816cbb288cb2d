package io.skillify.automation.domain.flow;

import java.util.List;
import java.util.stream.Collectors;

/** A flow has exactly one trigger node: the one its runs start from. */
final class ExactlyOneTriggerRule implements FlowRule {

    @Override
    public void check(FlowDraft flow, Context context, Problems problems) {
        if (!flow.nodesReadable()) {
            return;
        }
        List<FlowDraft.Node> triggers = Triggers.of(flow, context);
        if (triggers.isEmpty()) {
            problems.add("nodes", "must contain exactly one trigger node; there is none");
        } else if (triggers.size() > 1) {
            problems.add("nodes", "must contain exactly one trigger node; there are " + triggers.size() + ": "
                    + triggers.stream().map(FlowDraft.Node::path).collect(Collectors.joining(", ")));
        }
    }
}
