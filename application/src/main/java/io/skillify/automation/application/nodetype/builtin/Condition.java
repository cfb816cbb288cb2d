package io.skillify.automation.application.nodetype.builtin;

import static io.skillify.automation.application.nodetype.spi.NodeSchemas.EDITOR_PROPERTIES;
import static io.skillify.automation.application.nodetype.spi.NodeSchemas.schema;

import io.skillify.automation.application.expression.ExpressionException;
import io.skillify.automation.application.expression.Expressions;
import io.skillify.automation.domain.nodetype.NodeCategory;
import io.skillify.automation.domain.nodetype.NodeType;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.automation.domain.nodetype.StepContext;
import io.skillify.automation.domain.nodetype.StepResult;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonBoolean;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Duration;
import java.util.List;

/** Evaluates a boolean expression over {@code input} and {@code steps.<id>.output}; continues by {@code true} or {@code false}. */
public final class Condition implements NodeType {

    private static final NodeTypeDescriptor DESCRIPTOR = new NodeTypeDescriptor("logic.condition", 1,
            NodeCategory.LOGIC, "Continues on the 'true' or the 'false' output depending on an expression", schema("""
                    {
                      "$schema": "https://json-schema.org/draft/2020-12/schema",
                      "type": "object",
                      "additionalProperties": false,
                      "required": ["expression"],
                      "properties": {
                        %s,
                        "expression": {
                          "type": "string",
                          "minLength": 1,
                          "maxLength": 4096,
                          "description": "Side-effect-free expression over input and steps.<nodeId>.output",
                          "examples": ["input.amount > 100"]
                        }
                      }
                    }""".formatted(EDITOR_PROPERTIES)),
            List.of("true", "false"), RetryPolicy.ONCE, Duration.ofSeconds(10));

    private final Expressions expressions;

    public Condition(Expressions expressions) {
        this.expressions = expressions;
    }

    @Override
    public NodeTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Problem> checkData(JsonObject data, String path) {
        return expressions.syntaxProblem(data.string("expression").orElseThrow(), path + ".expression").stream()
                .toList();
    }

    @Override
    public StepResult execute(StepContext context) {
        String expression = context.data().string("expression").orElseThrow();
        try {
            boolean outcome = expressions.isTrue(expression, context);
            return StepResult.completed(JsonBoolean.of(outcome), outcome ? "true" : "false");
        } catch (ExpressionException failed) {
            return StepResult.failed(failed.getMessage(), false);
        }
    }
}
