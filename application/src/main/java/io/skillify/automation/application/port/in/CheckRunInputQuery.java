package io.skillify.automation.application.port.in;

import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.shared.domain.json.JsonValue;

/**
 * Checks a run's input against the {@code inputSchema} of the flow's trigger, if it has one: an
 * {@code InvalidInputException} with paths under {@code input} when it does not match.
 */
public interface CheckRunInputQuery {

    void check(FlowGraph flow, JsonValue input);
}
