package io.skillify.automation.domain.nodetype;

import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Instant;
import java.util.Optional;

/**
 * The trigger SPI: a node type of category {@link NodeCategory#TRIGGER} that says how it starts runs. A new trigger
 * kind is one class implementing this interface anywhere under {@code io.skillify}: the catalog lists it, flow
 * validation checks it, and the engine fires it as its {@link #firing()} says — on request ({@code POST …/runs}),
 * from its automation's secret webhook URL, or on a timer computed by {@link #nextFireAfter}. See
 * {@code docs/node-types.md}.
 */
public interface TriggerType extends NodeType {

    /** How runs of a flow that starts with this trigger are started. */
    TriggerFiring firing();

    /** The {@code trigger} a run started by this trigger shows; by default the firing's own label. */
    default String runLabel() {
        return firing().label();
    }

    /**
     * {@link TriggerFiring#TIMER} only: the first time strictly after {@code after} at which the trigger with this
     * node {@code data} fires, or empty when it never fires again. Throws {@link IllegalArgumentException} when the
     * data does not compute (a flow saved before today's checks).
     */
    default Optional<Instant> nextFireAfter(JsonObject data, Instant after) {
        throw new UnsupportedOperationException(descriptor().type() + " does not fire on a timer");
    }

    /**
     * {@link TriggerFiring#TIMER} only: the latest fire time at or before {@code at}, so that after downtime the
     * latest missed tick fires. Empty: the engine fires the due time it stored instead.
     */
    default Optional<Instant> latestFireAtOrBefore(JsonObject data, Instant at) {
        return Optional.empty();
    }

    /** {@link TriggerFiring#TIMER} only: the run input of every timer run (by default the data's {@code input}). */
    default JsonValue timerInput(JsonObject data) {
        return data.get("input").orElse(JsonObject.EMPTY);
    }

    /** A trigger step passes the run input on. */
    @Override
    default StepResult execute(StepContext context) {
        return StepResult.completed(context.input());
    }
}
