package io.skillify.automation.domain.nodetype;

/**
 * The node-type SPI. A node type is one class implementing this interface anywhere under {@code io.skillify}: the
 * registry finds it, the catalog lists it, flow validation checks nodes against its schema and outputs, and the run
 * engine calls {@link #execute}. See {@code docs/node-types.md}.
 */
public interface NodeType {

    NodeTypeDescriptor descriptor();

    /** Runs one attempt of one step. Must not block for long: wait with {@link StepResult#waitUntil}. */
    StepResult execute(StepContext context);
}
