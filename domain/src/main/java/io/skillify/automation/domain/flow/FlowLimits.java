package io.skillify.automation.domain.flow;

/** Size limits of a flow: how many nodes, and how large one node's {@code data} may be (compact UTF-8 JSON). */
public record FlowLimits(int maxNodes, int maxNodeDataBytes) {

    public static final FlowLimits DEFAULT = new FlowLimits(500, 64 * 1024);

    public FlowLimits {
        if (maxNodes < 1 || maxNodeDataBytes < 2) {
            throw new IllegalArgumentException("flow limits must allow at least one node with {} as data");
        }
    }
}
