package io.skillify.automation.application.nodetype;

import com.google.re2j.PatternSyntaxException;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A node type's data schema compiled once with networknt's JSON Schema validator (draft 2020-12, formats asserted,
 * so {@code "format": "uri"} rejects what is not a URI; patterns run on the linear-time RE2/J engine). Reports
 * problems with paths into the flow document.
 */
public final class DataSchema {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .regularExpressionFactory(LinearRegularExpressions.INSTANCE)
                    .build()));

    private final Schema schema;

    private DataSchema(Schema schema) {
        this.schema = schema;
    }

    /** Compiles a schema; a schema that does not compile is a programming error of its node type. */
    static DataSchema compile(String type, JsonObject schemaDocument) {
        try {
            Schema compiled = REGISTRY.getSchema(JsonDocuments.toJackson(schemaDocument));
            compiled.initializeValidators();
            return new DataSchema(compiled);
        } catch (RuntimeException invalid) {
            throw new IllegalStateException("node type " + type + " declares an invalid data schema", invalid);
        }
    }

    /**
     * Why a user-written schema (a trigger's {@code inputSchema}) cannot be used, as a problem at {@code path};
     * empty when it compiles.
     */
    public static Optional<Problem> problemOf(JsonObject schemaDocument, String path) {
        try {
            compile("inputSchema", schemaDocument);
            return Optional.empty();
        } catch (IllegalStateException invalid) {
            for (Throwable cause = invalid; cause != null; cause = cause.getCause()) {
                if (cause instanceof PatternSyntaxException unsupported) {
                    return Optional.of(new Problem(path, "has a pattern that is not supported: /"
                            + unsupported.getPattern() + "/: " + unsupported.getDescription()
                            + " (backreferences and lookaround are not available; patterns run in linear time)"));
                }
            }
            return Optional.of(new Problem(path, "is not a valid JSON Schema"));
        }
    }

    List<Problem> validate(JsonValue data, String basePath) {
        List<Error> errors = schema.validate(JsonDocuments.toJackson(data));
        Set<Problem> problems = new LinkedHashSet<>();
        for (Error error : errors) {
            String path = basePath + suffix(error.getInstanceLocation());
            if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
                problems.add(new Problem(path + "." + error.getProperty(), "is required"));
            } else if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
                problems.add(new Problem(path + "." + error.getProperty(), "is not a known property"));
            } else {
                problems.add(new Problem(path, message(error)));
            }
        }
        return new ArrayList<>(problems);
    }

    /** {@code /headers/0/name} → {@code .headers[0].name}. */
    private static String suffix(NodePath location) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append('.').append(element);
            }
        }
        return path.toString();
    }

    /** The validator's sentence without its leading location ("$.url: does not match…" → "does not match…"). */
    private static String message(Error error) {
        String message = error.getMessage();
        int colon = message.indexOf(": ");
        return colon >= 0 && (message.startsWith("$") || message.startsWith("/")) ? message.substring(colon + 2) : message;
    }
}
