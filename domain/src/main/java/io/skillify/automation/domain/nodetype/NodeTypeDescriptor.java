package io.skillify.automation.domain.nodetype;

import io.skillify.shared.domain.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything the catalog, the flow validation and the run engine know of a node type.
 *
 * @param type        key used in flows, e.g. {@code http.request}: lower-case words separated by dots
 * @param version     the descriptor's version, raised when its data schema changes
 * @param dataSchema  JSON Schema (draft 2020-12) that every node's {@code data} must match
 * @param outputs     the handles an edge may leave the node by; exactly {@code ["default"]} for single-output nodes,
 *                    which edges leave without a {@code sourceHandle}
 * @param retry       default retry policy; a node may override it in its data
 * @param timeout     default time limit of one attempt; a node may override it in its data
 */
public record NodeTypeDescriptor(String type, int version, NodeCategory category, String description,
                                 JsonObject dataSchema, List<String> outputs, RetryPolicy retry, Duration timeout) {

    public static final String DEFAULT_OUTPUT = "default";
    public static final List<String> SINGLE_OUTPUT = List.of(DEFAULT_OUTPUT);
    private static final Pattern TYPE_KEY = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z][a-z0-9_]*)+");

    public NodeTypeDescriptor {
        Objects.requireNonNull(type, "type");
        if (!TYPE_KEY.matcher(type).matches()) {
            throw new IllegalArgumentException("node type key must look like 'group.name': " + type);
        }
        if (version < 1) {
            throw new IllegalArgumentException("node type version starts at 1: " + type);
        }
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(dataSchema, "dataSchema");
        outputs = List.copyOf(outputs);
        if (outputs.isEmpty() || outputs.stream().distinct().count() != outputs.size()) {
            throw new IllegalArgumentException("a node type declares one or more distinct outputs: " + type);
        }
        if (outputs.size() == 1 && !outputs.getFirst().equals(DEFAULT_OUTPUT)) {
            throw new IllegalArgumentException("a single-output node type names its output 'default': " + type);
        }
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(timeout, "timeout");
    }

    public boolean isTrigger() {
        return category == NodeCategory.TRIGGER;
    }

    public boolean hasSingleOutput() {
        return outputs.size() == 1;
    }
}
