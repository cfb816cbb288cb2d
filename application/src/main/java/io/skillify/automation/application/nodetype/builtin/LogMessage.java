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
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Writes a line to the run log from a template with {{expressions}}. */
public final class LogMessage implements NodeType {

    private static final NodeTypeDescriptor DESCRIPTOR = new NodeTypeDescriptor("notify.log", 1,
            NodeCategory.NOTIFY, "Writes a line to the run's log", schema("""
                    {
                      "$schema": "https://json-schema.org/draft/2020-12/schema",
                      "type": "object",
                      "additionalProperties": false,
                      "required": ["message"],
                      "properties": {
                        %s,
                        "message": {
                          "type": "string",
                          "minLength": 1,
                          "maxLength": 4096,
                          "description": "Template; {{expression}} parts are evaluated over the run context",
                          "examples": ["Order {{input.id}} is {{steps.check.output}}"]
                        },
                        "level": {"type": "string", "enum": ["debug", "info", "warn", "error"], "default": "info"}
                      }
                    }""".formatted(EDITOR_PROPERTIES)),
            NodeTypeDescriptor.SINGLE_OUTPUT, RetryPolicy.ONCE, Duration.ofSeconds(10));

    private final Expressions expressions;

    public LogMessage(Expressions expressions) {
        this.expressions = expressions;
    }

    @Override
    public NodeTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Problem> checkData(JsonObject data, String path) {
        return expressions.templateProblems(data.string("message").orElseThrow(), path + ".message");
    }

    @Override
    public StepResult execute(StepContext context) {
        String level = context.data().string("level").orElse("info");
        try {
            String message = expressions.render(context.data().string("message").orElseThrow(), context);
            context.log(level, message);
            return StepResult.completed(new JsonObject(Map.of("message", new JsonString(message))));
        } catch (ExpressionException failed) {
            return StepResult.failed(failed.getMessage(), false);
        }
    }
}
