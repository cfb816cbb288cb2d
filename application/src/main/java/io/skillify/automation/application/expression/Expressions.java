package io.skillify.automation.application.expression;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import io.skillify.automation.domain.nodetype.StepContext;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonBoolean;
import io.skillify.shared.domain.json.JsonNull;
import io.skillify.shared.domain.json.JsonNumber;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expressions of conditions, transforms and templates: JSONata, sandboxed (no access to anything but the data it
 * is given) and time-bounded. They see {@code input} (the run input) and {@code steps.<nodeId>.output}.
 */
@UseCase
public class Expressions {

    static final long TIME_LIMIT_MILLIS = 250;
    static final int DEPTH_LIMIT = 200;

    /** Evaluates {@code expression} over the step's context; a failure is an {@link ExpressionException}. */
    public JsonValue evaluate(String expression, StepContext context) {
        try {
            Jsonata compiled = Jsonata.jsonata(expression);
            Jsonata.Frame frame = compiled.createFrame();
            frame.setRuntimeBounds(TIME_LIMIT_MILLIS, DEPTH_LIMIT);
            return toJson(compiled.evaluate(scope(context), frame));
        } catch (JException | StackOverflowError failure) {
            throw new ExpressionException(expression, failure.getMessage());
        }
    }

    /** A problem at {@code path} when the expression does not parse (checked when flows are saved). */
    public Optional<Problem> syntaxProblem(String expression, String path) {
        try {
            Jsonata.jsonata(expression);
            return Optional.empty();
        } catch (JException | StackOverflowError unparsable) {
            return Optional.of(new Problem(path, "is not a valid expression: " + unparsable.getMessage()));
        }
    }

    public boolean isTrue(String expression, StepContext context) {
        JsonValue value = evaluate(expression, context);
        return Jsonata.boolize(fromJson(value));
    }

    /** Replaces every {@code {{expression}}} in a template by its value (strings as they are, others as JSON). */
    public String render(String template, StepContext context) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            int close = open < 0 ? -1 : template.indexOf("}}", open + 2);
            if (open < 0 || close < 0) {
                out.append(template, at, template.length());
                return out.toString();
            }
            out.append(template, at, open);
            JsonValue value = evaluate(template.substring(open + 2, close).strip(), context);
            out.append(value instanceof JsonString text ? text.value() : value.toJson());
            at = close + 2;
        }
    }

    private static Map<String, Object> scope(StepContext context) {
        Map<String, Object> steps = new LinkedHashMap<>();
        context.stepOutputs().forEach((node, output) -> steps.put(node, Map.of("output", fromJson(output))));
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("input", fromJson(context.input()));
        scope.put("steps", steps);
        return scope;
    }

    static Object fromJson(JsonValue value) {
        return switch (value) {
            case null -> null;
            case JsonObject object -> {
                Map<String, Object> map = new LinkedHashMap<>();
                object.members().forEach((name, member) -> map.put(name, fromJson(member)));
                yield map;
            }
            case JsonArray array -> {
                List<Object> list = new ArrayList<>(array.items().size());
                array.items().forEach(item -> list.add(fromJson(item)));
                yield list;
            }
            case JsonString string -> string.value();
            case JsonNumber number -> number.value().stripTrailingZeros().scale() <= 0
                    && number.value().abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
                    ? (Object) number.value().longValueExact()
                    : (Object) number.value().doubleValue();
            case JsonBoolean bool -> bool.value();
            case JsonNull ignored -> null;
        };
    }

    static JsonValue toJson(Object value) {
        if (value == null || value == Jsonata.NULL_VALUE) {
            return JsonNull.INSTANCE;
        }
        return switch (value) {
            case Map<?, ?> map -> {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                map.forEach((name, member) -> members.put(String.valueOf(name), toJson(member)));
                yield new JsonObject(members);
            }
            case List<?> list -> new JsonArray(list.stream().map(Expressions::toJson).toList());
            case String string -> new JsonString(string);
            case Boolean bool -> JsonBoolean.of(bool);
            case Double number when number.isNaN() || number.isInfinite() -> JsonNull.INSTANCE;
            case Float number when number.isNaN() || number.isInfinite() -> JsonNull.INSTANCE;
            case Number number -> new JsonNumber(new BigDecimal(number.toString()));
            default -> new JsonString(value.toString());
        };
    }
}
