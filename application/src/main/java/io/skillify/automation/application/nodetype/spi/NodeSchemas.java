package io.skillify.automation.application.nodetype.spi;

import io.skillify.automation.application.nodetype.DataSchema;
import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import java.util.List;

/** Helpers for writing data schemas as JSON text blocks. */
public final class NodeSchemas {

    /** Properties every node may carry for the editor: a label and a note. */
    public static final String EDITOR_PROPERTIES = """
            "label": {"type": "string", "maxLength": 200, "description": "Shown on the node in the editor"},
            "note": {"type": "string", "maxLength": 2000, "description": "Free text for the flow's readers"}""";

    /** Per-node overrides of the type's retry policy and timeout, for executable nodes. */
    public static final String EXECUTION_PROPERTIES = """
            "timeoutMs": {"type": "integer", "minimum": 1, "maximum": 86400000,
                          "description": "Time limit of one attempt, overriding the type's default"},
            "retry": {
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "maxAttempts": {"type": "integer", "minimum": 1, "maximum": 10},
                "backoffMs": {"type": "integer", "minimum": 0, "maximum": 3600000}
              },
              "description": "Overrides the type's retry policy"
            }""";

    private NodeSchemas() {
    }

    /** The data schema of a trigger whose runs take an input: editor properties and an optional inputSchema. */
    public static JsonObject triggerWithInput(String inputDescription) {
        return schema("""
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    %s,
                    "inputSchema": {
                      "type": "object",
                      "description": "JSON Schema (2020-12) %s must match"
                    }
                  }
                }""".formatted(EDITOR_PROPERTIES, inputDescription));
    }

    /** Problems of a trigger's optional {@code inputSchema} (a user-written schema that must compile). */
    public static List<Problem> inputSchemaProblems(JsonObject data, String path) {
        return data.get("inputSchema").filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .flatMap(schema -> DataSchema.problemOf(schema, path + ".inputSchema")).stream().toList();
    }

    /** Parses a JSON Schema written as text; it must be an object. */
    public static JsonObject schema(String json) {
        JsonValue value = JsonDocuments.parseTrusted(json);
        if (!(value instanceof JsonObject object)) {
            throw new IllegalArgumentException("a data schema is a JSON object");
        }
        return object;
    }
}
