package io.skillify.run.faulty;

import static io.skillify.automation.application.nodetype.spi.NodeSchemas.EDITOR_PROPERTIES;
import static io.skillify.automation.application.nodetype.spi.NodeSchemas.schema;

import io.skillify.automation.domain.nodetype.NodeCategory;
import io.skillify.automation.domain.nodetype.NodeType;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.automation.domain.nodetype.StepContext;
import io.skillify.automation.domain.nodetype.StepResult;
import java.time.Duration;

/** A node type with a bug: its executor throws. Registered in every test server, used by {@code StepErrorsTest}. */
public final class ExplodingNode implements NodeType {

    private static final NodeTypeDescriptor DESCRIPTOR = new NodeTypeDescriptor(
            "test.exploding", 1, NodeCategory.DATA, "Throws from its executor (tests only)",
            schema("""
                    {
                      "$schema": "https://json-schema.org/draft/2020-12/schema",
                      "type": "object",
                      "additionalProperties": false,
                      "properties": {%s}
                    }""".formatted(EDITOR_PROPERTIES)),
            NodeTypeDescriptor.SINGLE_OUTPUT, RetryPolicy.ONCE, Duration.ofSeconds(1));

    @Override
    public NodeTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepResult execute(StepContext context) {
        throw new IllegalStateException("java.lang.IllegalStateException: internal detail of io.skillify.Secret");
    }
}
