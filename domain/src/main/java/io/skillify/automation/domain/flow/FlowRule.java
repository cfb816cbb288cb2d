package io.skillify.automation.domain.flow;

import io.skillify.automation.domain.nodetype.NodeTypeCatalog;

/** One validation rule of §4; it reports every violation it finds and never stops at the first. */
interface FlowRule {

    void check(FlowDraft flow, Context context, Problems problems);

    record Context(NodeTypeCatalog catalog, FlowLimits limits) {
    }
}
