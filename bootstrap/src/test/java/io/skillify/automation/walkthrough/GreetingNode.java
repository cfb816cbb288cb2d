package io.skillify.automation.walkthrough;

import static io.skillify.automation.application.nodetype.spi.NodeSchemas.EDITOR_PROPERTIES;
import static io.skillify.automation.application.nodetype.spi.NodeSchemas.schema;

import io.skillify.automation.domain.nodetype.NodeCategory;
import io.skillify.automation.domain.nodetype.NodeType;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.automation.domain.nodetype.StepContext;
import io.skillify.automation.domain.nodetype.StepResult;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import java.time.Duration;
import java.util.Map;

/** Greets someone by name: the example node type of docs/node-types.md. */
public final class GreetingNode implements NodeType {

    private static final NodeTypeDescriptor DESCRIPTOR = new NodeTypeDescriptor(
            "example.greeting",                       // the key flows use in a node's "type"
            1,                                        // raise it when the data schema changes
            NodeCategory.DATA,
            "Outputs a greeting for a name",
            schema("""
                    {
                      "$schema": "https://json-schema.org/draft/2020-12/schema",
                      "type": "object",
                      "additionalProperties": false,
                      "required": ["name"],
                      "properties": {
                        %s,
                        "name": {"type": "string", "minLength": 1, "maxLength": 100},
                        "punctuation": {"type": "string", "enum": ["!", "."], "default": "!"}
                      }
                    }""".formatted(EDITOR_PROPERTIES)),
            NodeTypeDescriptor.SINGLE_OUTPUT,         // or e.g. List.of("true", "false") for a branch
            RetryPolicy.ONCE,                         // nothing to retry: the step cannot fail
            Duration.ofSeconds(1));

    @Override
    public NodeTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepResult execute(StepContext context) {
        String name = context.data().string("name").orElseThrow();
        String punctuation = context.data().string("punctuation").orElse("!");
        return StepResult.completed(new JsonObject(Map.of("greeting", new JsonString("Hello, " + name + punctuation))));
    }
}
