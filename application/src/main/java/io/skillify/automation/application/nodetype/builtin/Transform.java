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
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds an output object whose fields are expressions over the run context. */
public final class Transform implements NodeType {

    private static final NodeTypeDescriptor DESCRIPTOR = new NodeTypeDescriptor("data.transform", 1,
            NodeCategory.DATA, "Outputs an object whose fields are computed by expressions", schema("""
                    {
                      "$schema": "https://json-schema.org/draft/2020-12/schema",
                      "type": "object",
                      "additionalProperties": false,
                      "required": ["set"],
                      "properties": {
                        %s,
                        "set": {
                          "type": "object",
                          "minProperties": 1,
                          "maxProperties": 200,
                          "propertyNames": {"minLength": 1, "maxLength": 200},
                          "additionalProperties": {"type": "string", "minLength": 1, "maxLength": 4096},
                          "description": "Output field name → expression",
                          "examples": [{"tier": "'gold'", "total": "input.amount * 1.2"}]
                        }
                      }
                    }""".formatted(EDITOR_PROPERTIES)),
            NodeTypeDescriptor.SINGLE_OUTPUT, RetryPolicy.ONCE, Duration.ofSeconds(10));

    private final Expressions expressions;

    public Transform(Expressions expressions) {
        this.expressions = expressions;
    }

    @Override
    public NodeTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Problem> checkData(JsonObject data, String path) {
        JsonObject set = (JsonObject) data.get("set").orElseThrow();
        return set.members().entrySet().stream()
                .flatMap(field -> expressions.syntaxProblem(((JsonString) field.getValue()).value(),
                        path + ".set." + field.getKey()).stream())
                .toList();
    }

    @Override
    public StepResult execute(StepContext context) {
        JsonObject set = (JsonObject) context.data().get("set").orElseThrow();
        Map<String, JsonValue> output = new LinkedHashMap<>();
        try {
            set.members().forEach((field, expression) ->
                    output.put(field, expressions.evaluate(((JsonString) expression).value(), context)));
        } catch (ExpressionException failed) {
            return StepResult.failed(failed.getMessage(), false);
        }
        return StepResult.completed(new JsonObject(output));
    }
}
