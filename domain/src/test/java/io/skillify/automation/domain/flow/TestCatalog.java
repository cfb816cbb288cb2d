package io.skillify.automation.domain.flow;

import io.skillify.automation.domain.nodetype.NodeCategory;
import io.skillify.automation.domain.nodetype.NodeTypeCatalog;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.automation.domain.nodetype.TriggerType;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonNumber;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Three node types: a trigger, a single-output step and a two-output branch. Data validation stands in for the
 * JSON Schema check of the real catalog: a {@code count} member, when present, must be a number.
 */
final class TestCatalog implements NodeTypeCatalog {

    static final String TRIGGER = "test.trigger";
    static final String STEP = "test.step";
    static final String BRANCH = "test.branch";

    static final TestCatalog INSTANCE = new TestCatalog();

    private final Map<String, NodeTypeDescriptor> types = Stream.of(
                    descriptor(TRIGGER, NodeCategory.TRIGGER, List.of("default")),
                    descriptor(STEP, NodeCategory.ACTION, List.of("default")),
                    descriptor(BRANCH, NodeCategory.LOGIC, List.of("true", "false")))
            .collect(Collectors.toUnmodifiableMap(NodeTypeDescriptor::type, Function.identity()));

    private TestCatalog() {
    }

    private static NodeTypeDescriptor descriptor(String type, NodeCategory category, List<String> outputs) {
        return new NodeTypeDescriptor(type, 1, category, "A " + type + " for tests", JsonObject.EMPTY, outputs,
                RetryPolicy.ONCE, Duration.ofSeconds(30));
    }

    @Override
    public Optional<NodeTypeDescriptor> find(String type) {
        return Optional.ofNullable(types.get(type));
    }

    @Override
    public Optional<TriggerType> trigger(String type) {
        return Optional.empty();
    }

    @Override
    public List<Problem> validateData(NodeTypeDescriptor type, JsonValue data, String path) {
        if (data instanceof JsonObject object
                && object.get("count").filter(count -> !(count instanceof JsonNumber)).isPresent()) {
            return List.of(new Problem(path + ".count", "must be a number"));
        }
        return List.of();
    }
}
