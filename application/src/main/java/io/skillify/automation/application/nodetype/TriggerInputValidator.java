package io.skillify.automation.application.nodetype;

import io.skillify.automation.application.expression.BoundedEvaluator;
import io.skillify.automation.application.expression.ExpressionException;
import io.skillify.automation.application.port.in.CheckRunInputQuery;
import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.flow.FlowNode;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.ConflictException;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

@UseCase
class TriggerInputValidator implements CheckRunInputQuery {

    private static final int CACHE_LIMIT = 1_000;

    private final NodeTypeRegistry registry;
    private final BoundedEvaluator evaluator;
    private final Map<String, DataSchema> compiled = new ConcurrentHashMap<>();

    TriggerInputValidator(NodeTypeRegistry registry, BoundedEvaluator evaluator) {
        this.registry = registry;
        this.evaluator = evaluator;
    }

    @Override
    public void check(FlowGraph flow, JsonValue input) {
        Optional<JsonObject> schema = flow.nodes().stream()
                .filter(node -> registry.find(node.type()).map(type -> type.isTrigger()).orElse(false))
                .map(FlowNode::data)
                .flatMap(data -> data.get("inputSchema").stream())
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .findFirst();
        if (schema.isEmpty()) {
            return;
        }
        List<Problem> problems = validate(schema.get(), input);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The run input does not match the trigger's inputSchema", problems);
        }
    }

    /**
     * Validates off the caller's thread under the expression deadline: a user schema's patterns run in linear time,
     * but the whole check is bounded all the same, and one that runs over refuses the input.
     */
    private List<Problem> validate(JsonObject schema, JsonValue input) {
        DataSchema compiled = compile(schema);
        try {
            return evaluator.evaluate("inputSchema", deadline -> compiled.validate(input, "input"));
        } catch (ExpressionException overLimit) {
            String limit = "the check against the trigger's inputSchema exceeded its "
                    + evaluator.settings().timeLimit() + " time limit";
            throw new InvalidInputException("The run input could not be checked: " + limit,
                    List.of(new Problem("input", limit)));
        }
    }

    private DataSchema compile(JsonObject schema) {
        String key = schema.toJson();
        DataSchema cached = compiled.get(key);
        if (cached != null) {
            return cached;
        }
        DataSchema fresh;
        try {
            fresh = DataSchema.compile("inputSchema", schema);
        } catch (IllegalStateException invalid) {
            throw new ConflictException("The trigger's inputSchema is not a valid JSON Schema");
        }
        if (compiled.size() >= CACHE_LIMIT) {
            compiled.clear();
        }
        compiled.put(key, fresh);
        return fresh;
    }
}
