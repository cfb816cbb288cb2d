package io.skillify.automation.application.nodetype.builtin;

import static io.skillify.automation.application.nodetype.NodeSchemas.EDITOR_PROPERTIES;
import static io.skillify.automation.application.nodetype.NodeSchemas.EXECUTION_PROPERTIES;
import static io.skillify.automation.application.nodetype.NodeSchemas.schema;

import io.skillify.automation.domain.nodetype.NodeCategory;
import io.skillify.automation.domain.nodetype.NodeType;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.automation.domain.nodetype.NotYetExecutableException;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.automation.domain.nodetype.StepContext;
import io.skillify.automation.domain.nodetype.StepResult;
import java.time.Duration;

/** Creates a task for external workers (Buildd protocol) and waits until one completes or fails it. */
public final class WorkerTask implements NodeType {

    private static final NodeTypeDescriptor DESCRIPTOR = new NodeTypeDescriptor("worker.task", 1,
            NodeCategory.HUMAN, "Hands a task to a worker and continues with the worker's output", schema("""
                    {
                      "$schema": "https://json-schema.org/draft/2020-12/schema",
                      "type": "object",
                      "additionalProperties": false,
                      "required": ["title"],
                      "properties": {
                        %s,
                        %s,
                        "title": {"type": "string", "minLength": 1, "maxLength": 200},
                        "description": {"type": "string", "maxLength": 20000},
                        "priority": {"type": "integer", "minimum": -1000, "maximum": 1000, "default": 0},
                        "requiredCapabilities": {
                          "type": "array",
                          "maxItems": 50,
                          "uniqueItems": true,
                          "items": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$"}
                        },
                        "context": {
                          "type": "object",
                          "description": "Handed to the worker as the task's context"
                        }
                      }
                    }""".formatted(EDITOR_PROPERTIES, EXECUTION_PROPERTIES)),
            NodeTypeDescriptor.SINGLE_OUTPUT, RetryPolicy.ONCE, Duration.ofDays(7));

    @Override
    public NodeTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepResult execute(StepContext context) {
        throw new NotYetExecutableException(DESCRIPTOR.type());
    }
}
