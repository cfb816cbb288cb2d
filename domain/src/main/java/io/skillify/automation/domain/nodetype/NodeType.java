package io.skillify.automation.domain.nodetype;

import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonObject;
import java.util.List;

/**
 * The node-type SPI. A node type is one class implementing this interface anywhere under {@code io.skillify}: the
 * registry finds it, the catalog lists it, flow validation checks nodes against its schema and outputs, and the run
 * engine calls {@link #execute}. See {@code docs/node-types.md}.
 */
public interface NodeType {

    NodeTypeDescriptor descriptor();

    /** Runs one attempt of one step. Must not block for long: wait with {@link StepResult#waitUntil}. */
    StepResult execute(StepContext context);

    /**
     * Called when a step that waited (see {@link StepResult#waitUntil}) is due again: its time came, or something it
     * waits for woke it (see {@link StepWakeups}). By default the wait was a timer and the step is done.
     */
    default StepResult resume(StepContext context) {
        return StepResult.completed(JsonObject.EMPTY);
    }

    /** Called once a started step was cancelled with its run, to release what it holds outside (a task). */
    default void cancelled(String runId, String nodeId) {
    }

    /**
     * Checks of a node's data that JSON Schema cannot express (a cron expression, a time zone), run when a flow is
     * saved and only when the data already matches the schema. Problems' paths start with {@code path}.
     */
    default List<Problem> checkData(JsonObject data, String path) {
        return List.of();
    }
}
