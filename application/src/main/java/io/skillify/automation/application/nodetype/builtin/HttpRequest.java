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

/**
 * Calls an HTTP endpoint. The body may be a template string or a JSON value; every attempt sends
 * {@code Idempotency-Key: {runId}:{nodeId}}. Executed through the outbound HTTP adapter of the run engine.
 */
public final class HttpRequest implements NodeType {

    private static final NodeTypeDescriptor DESCRIPTOR = new NodeTypeDescriptor("http.request", 1,
            NodeCategory.ACTION, "Sends an HTTP request and outputs the response status, headers and body", schema("""
                    {
                      "$schema": "https://json-schema.org/draft/2020-12/schema",
                      "type": "object",
                      "additionalProperties": false,
                      "required": ["url"],
                      "properties": {
                        %s,
                        %s,
                        "method": {
                          "type": "string",
                          "enum": ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"],
                          "default": "GET"
                        },
                        "url": {
                          "type": "string",
                          "format": "uri",
                          "pattern": "^https?://",
                          "maxLength": 2048,
                          "description": "Absolute http(s) URL; may contain {{expressions}}"
                        },
                        "headers": {
                          "type": "object",
                          "maxProperties": 50,
                          "propertyNames": {"pattern": "^[!#$%%&'*+.^_`|~0-9A-Za-z-]{1,100}$"},
                          "additionalProperties": {"type": "string", "maxLength": 8192}
                        },
                        "query": {
                          "type": "object",
                          "maxProperties": 50,
                          "additionalProperties": {"type": "string", "maxLength": 2048}
                        },
                        "body": {
                          "description": "Request body: a template string, or any JSON value sent as application/json"
                        },
                        "expectStatus": {
                          "type": "array",
                          "items": {"type": "integer", "minimum": 100, "maximum": 599},
                          "uniqueItems": true,
                          "description": "Statuses that count as success; default 2xx"
                        }
                      }
                    }""".formatted(EDITOR_PROPERTIES, EXECUTION_PROPERTIES)),
            NodeTypeDescriptor.SINGLE_OUTPUT,
            RetryPolicy.exponential(3, Duration.ofSeconds(1), Duration.ofSeconds(30)), Duration.ofSeconds(30));

    @Override
    public NodeTypeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StepResult execute(StepContext context) {
        throw new NotYetExecutableException(DESCRIPTOR.type());
    }
}
