package io.skillify.contrib;

import static io.skillify.automation.application.nodetype.spi.NodeSchemas.EDITOR_PROPERTIES;
import static io.skillify.automation.application.nodetype.spi.NodeSchemas.EXECUTION_PROPERTIES;
import static io.skillify.automation.application.nodetype.spi.NodeSchemas.schema;

import io.skillify.automation.domain.nodetype.NodeCategory;
import io.skillify.automation.domain.nodetype.NodeType;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.automation.domain.nodetype.StepContext;
import io.skillify.automation.domain.nodetype.StepResult;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/** A contributed node type that blocks until interrupted, ignoring any time limit of its own. */
public final class StallingNode implements NodeType {

    private static final NodeTypeDescriptor DESCRIPTOR = new NodeTypeDescriptor("test.stall", 1, NodeCategory.ACTION,
            "Blocks until interrupted", schema("""
                    {
                      "$schema": "https://json-schema.org/draft/2020-12/schema",
                      "type": "object",
                      "additionalProperties": false,
                      "properties": {%s, %s}
                    }""".formatted(EDITOR_PROPERTIES, EXECUTION_PROPERTIES)),
            NodeTypeDescriptor.SINGLE_OUTPUT, RetryPolicy.ONCE, Duration.ofSeconds(2));

    @Override
    public NodeTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepResult execute(StepContext context) {
        try {
            new CountDownLatch(1).await();
            return StepResult.completed(JsonObject.EMPTY);
        } catch (InterruptedException interrupted) {
            return StepResult.completed(JsonObject.EMPTY);
        }
    }
}
