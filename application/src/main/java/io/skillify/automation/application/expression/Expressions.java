package io.skillify.automation.application.expression;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.google.re2j.PatternSyntaxException;
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
import java.util.concurrent.TimeUnit;

/**
 * Expressions of conditions, transforms and templates: JSONata, sandboxed (no access to anything but the data it
 * is given) and bounded. They see {@code input} (the run input) and {@code steps.<nodeId>.output}. Each evaluation
 * runs on the {@link BoundedEvaluator}'s own threads under a hard deadline, its intermediate and final values may
 * not grow past the result size cap, built-ins that could allocate without bound check first
 * ({@link BoundedBuiltins}), and regular expressions run on a linear-time engine ({@link RegexLiterals}).
 */
@UseCase
public class Expressions {

    static final int DEPTH_LIMIT = 200;

    private final BoundedEvaluator evaluator;
    private final ExpressionSettings settings;

    public Expressions(BoundedEvaluator evaluator) {
        this.evaluator = evaluator;
        this.settings = evaluator.settings();
        warmUp();
    }

    /** Loads and initializes the library once, untimed, so that the first user expression is not charged for it. */
    private void warmUp() {
        evaluateNow("$string($match('ab', /b/)) & $pad($replace('a', 'a', 'b'), 2)", Map.of(),
                System.nanoTime() + TimeUnit.MINUTES.toNanos(1));
    }

    /** Expressions with the contract's default limits and their own evaluator threads (tools and benchmarks). */
    public static Expressions withDefaults() {
        return new Expressions(new BoundedEvaluator(ExpressionSettings.defaults()));
    }

    /**
     * Evaluates {@code expression} over the step's context; a failure is an {@link ExpressionException} that names
     * the step's node and, when the expression ran over one, the limit.
     */
    public JsonValue evaluate(String expression, StepContext context) {
        Map<String, Object> scope = scope(context);
        try {
            return evaluate(expression, scope);
        } catch (ExpressionException failed) {
            throw failed.inNode(context.nodeId());
        }
    }

    JsonValue evaluate(String expression, Object scope) {
        return evaluator.evaluate(expression, deadline -> evaluateNow(expression, scope, deadline));
    }

    private JsonValue evaluateNow(String expression, Object scope, long deadline) {
        Jsonata compiled = compile(expression);
        EvaluationGuard guard = new EvaluationGuard(deadline, DEPTH_LIMIT, settings.maxResultBytes());
        Jsonata.Frame frame = compiled.createFrame();
        guard.watch(frame);
        new BoundedBuiltins(guard).bindInto(frame);
        Object result;
        try {
            result = compiled.evaluate(scope, frame);
        } catch (RuntimeException | StackOverflowError failure) {
            throw translate(expression, failure);
        }
        if (ResultSize.exceeds(result, settings.maxResultBytes())) {
            throw ExpressionException.overSize(expression, settings);
        }
        return toJson(result);
    }

    private static Jsonata compile(String expression) {
        Jsonata compiled;
        try {
            compiled = Jsonata.jsonata(expression);
        } catch (JException | StackOverflowError unparsable) {
            throw new ExpressionException(expression, unparsable instanceof JException error
                    ? JsonataErrors.describe(error) : "it nests too deeply");
        } catch (RuntimeException parserFault) {
            // JSONata's parser fails on some malformed input ("input@", a lone "/") with its own bugs, not a JException.
            throw new ExpressionException(expression, "it does not parse");
        }
        try {
            RegexLiterals.makeLinear(compiled);
        } catch (PatternSyntaxException unsupported) {
            throw new ExpressionException(expression, "its regular expression /" + unsupported.getPattern()
                    + "/ is not supported: " + unsupported.getDescription()
                    + " (backreferences and lookaround are not available; patterns run in linear time)");
        }
        return compiled;
    }

    /** The limit reached (found anywhere in the failure's causes, as JSONata may wrap it), or the failure's message. */
    private ExpressionException translate(String expression, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimitExceeded exceeded) {
                return switch (exceeded.limit()) {
                    case TIME -> ExpressionException.overTime(expression, settings);
                    case SIZE -> ExpressionException.overSize(expression, settings);
                    case DEPTH -> new ExpressionException(expression, "it nests deeper than " + DEPTH_LIMIT + " levels");
                };
            }
            if (cause instanceof ExpressionException known) {
                return known;
            }
        }
        if (failure instanceof StackOverflowError) {
            return new ExpressionException(expression, "it nests too deeply");
        }
        return new ExpressionException(expression, failure instanceof JException error
                ? JsonataErrors.describe(error) : "it could not be evaluated");
    }

    /** A problem at {@code path} when the expression does not parse (checked when flows are saved). */
    public Optional<Problem> syntaxProblem(String expression, String path) {
        try {
            compile(expression);
            return Optional.empty();
        } catch (ExpressionException unusable) {
            return Optional.of(new Problem(path, "is not a valid expression: " + unusable.reason()));
        }
    }

    public boolean isTrue(String expression, StepContext context) {
        JsonValue value = evaluate(expression, context);
        return Jsonata.boolize(fromJson(value));
    }

    /** What stands in a rendered template for the value of one {@code {{expression}}}. */
    @FunctionalInterface
    public interface Insertion {
        /** The text standing for {@code value}, given the text {@code rendered} before it. */
        String insert(JsonValue value, CharSequence rendered);
    }

    private static final Insertion AS_TEXT = (value, rendered) -> textOf(value);

    /** A value inside text: strings as they are, other values as JSON, a missing or null value as nothing (as n8n). */
    public static String textOf(JsonValue value) {
        return switch (value) {
            case JsonString text -> text.value();
            case JsonNull missing -> "";
            default -> value.toJson();
        };
    }

    /**
     * Replaces every {@code {{expression}}} in a template by its value: strings as they are, other values as JSON,
     * and a missing or null value by nothing (as n8n and JSONata's string joins do).
     */
    public String render(String template, StepContext context) {
        return render(template, context, AS_TEXT);
    }

    /** Replaces every {@code {{expression}}} in a template by what {@code insertion} makes of its value. */
    public String render(String template, StepContext context, Insertion insertion) {
        Map<String, Object> scope = scope(context);
        try {
            return render(template, scope, insertion);
        } catch (ExpressionException failed) {
            throw failed.inNode(context.nodeId());
        }
    }

    String render(String template, Object scope) {
        return render(template, scope, AS_TEXT);
    }

    private String render(String template, Object scope, Insertion insertion) {
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
            out.append(insertion.insert(evaluate(template.substring(open + 2, close).strip(), scope), out));
            at = close + 2;
        }
    }

    /**
     * Problems of a template at {@code path} (checked when flows are saved): a {@code {{} without its closing
     * {@code }}}, an empty {@code {{}}}, or an expression inside that does not parse.
     */
    public List<Problem> templateProblems(String template, String path) {
        List<Problem> problems = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            if (open < 0) {
                return problems;
            }
            int close = template.indexOf("}}", open + 2);
            if (close < 0) {
                problems.add(new Problem(path, "opens {{ at character " + (open + 1) + " without a closing }}"));
                return problems;
            }
            String expression = template.substring(open + 2, close).strip();
            if (expression.isEmpty()) {
                problems.add(new Problem(path, "has an empty {{}}"));
            } else {
                try {
                    compile(expression);
                } catch (ExpressionException unusable) {
                    problems.add(new Problem(path, "has an invalid expression {{" + abbreviated(expression) + "}}: "
                            + unusable.reason()));
                }
            }
            at = close + 2;
        }
    }

    /** {@link #templateProblems} of every string inside {@code value}, at any depth, each at its own path. */
    public List<Problem> templateProblemsIn(JsonValue value, String path) {
        return switch (value) {
            case JsonString text -> templateProblems(text.value(), path);
            case JsonObject object -> object.members().entrySet().stream()
                    .flatMap(member -> templateProblemsIn(member.getValue(), path + "." + member.getKey()).stream())
                    .toList();
            case JsonArray array -> {
                List<Problem> problems = new ArrayList<>();
                for (int i = 0; i < array.items().size(); i++) {
                    problems.addAll(templateProblemsIn(array.items().get(i), path + "[" + i + "]"));
                }
                yield problems;
            }
            default -> List.of();
        };
    }

    private static String abbreviated(String expression) {
        return expression.length() <= 80 ? expression : expression.substring(0, 77) + "...";
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
            case JsonNumber number -> expressionNumber(number.value());
            case JsonBoolean bool -> bool.value();
            case JsonNull ignored -> null;
        };
    }

    /**
     * A JSON number as JSONata sees it: an integer that fits a long as a long, a number a double holds exactly as a
     * double, any other number (more digits than a double keeps, beyond its range) as the exact BigDecimal. Such a
     * value is given back unchanged when an expression only references, passes on or compares it; arithmetic and
     * aggregate functions compute in double precision.
     */
    static Object expressionNumber(BigDecimal value) {
        BigDecimal normalized = value.stripTrailingZeros();
        if (normalized.scale() <= 0 && normalized.precision() - normalized.scale() <= 18) {
            return value.longValue();
        }
        double approximate = value.doubleValue();
        if (Double.isFinite(approximate) && new BigDecimal(Double.toString(approximate)).compareTo(value) == 0) {
            return approximate;
        }
        return value;
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
            default -> JsonNull.INSTANCE; // functions and other non-data values: no JSON value, as in JSON.stringify
        };
    }
}
