package io.skillify.automation.application.nodetype.builtin;

import io.skillify.automation.application.expression.Expressions;
import io.skillify.automation.application.expression.Expressions.Insertion;
import io.skillify.automation.domain.nodetype.StepContext;
import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fills the {@code {{expression}}} templates of an {@code http.request} step for where they go:
 * <ul>
 *   <li>a string that is one whole template becomes the expression's value, of its JSON type ({@link #json});</li>
 *   <li>in JSON values, every string at any depth is filled in ({@link #json});</li>
 *   <li>in JSON text, a value inside a string literal is JSON-escaped, a value elsewhere is written as JSON
 *       ({@link #jsonText});</li>
 *   <li>in a URL, a value in the path or query is percent-encoded; a value before the path (a whole base URL or
 *       host) is inserted as it is ({@link #url});</li>
 *   <li>elsewhere (headers, text bodies) strings go in as they are and other values as JSON ({@link #text}).</li>
 * </ul>
 */
final class HttpTemplates {

    private final Expressions expressions;
    private final StepContext context;

    HttpTemplates(Expressions expressions, StepContext context) {
        this.expressions = expressions;
        this.context = context;
    }

    /** The expression of {@code template} when the template is exactly one {@code {{…}}} and nothing else. */
    static Optional<String> wholeExpression(String template) {
        if (template.startsWith("{{") && template.endsWith("}}") && template.indexOf("}}") == template.length() - 2
                && template.length() >= 4) {
            return Optional.of(template.substring(2, template.length() - 2).strip());
        }
        return Optional.empty();
    }

    JsonValue json(JsonValue value) {
        return switch (value) {
            case JsonString string -> wholeExpression(string.value())
                    .map(expression -> expressions.evaluate(expression, context))
                    .orElseGet(() -> new JsonString(text(string.value())));
            case JsonObject object -> {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                object.members().forEach((name, member) -> members.put(name, json(member)));
                yield new JsonObject(members);
            }
            case JsonArray array -> new JsonArray(array.items().stream().map(this::json).toList());
            default -> value;
        };
    }

    String text(String template) {
        return render(template, (value, before) -> Expressions.textOf(value));
    }

    String jsonText(String template) {
        return render(template, (value, before) -> insideJsonString(before)
                ? escaped(Expressions.textOf(value)) : value.toJson());
    }

    String url(String template) {
        return render(template, (value, before) -> inPathOrQuery(before)
                ? URLEncoder.encode(Expressions.textOf(value), StandardCharsets.UTF_8).replace("+", "%20") : Expressions.textOf(value));
    }

    private String render(String template, Insertion insertion) {
        return expressions.render(template, context, insertion);
    }

    private static String escaped(String text) {
        String quoted = new JsonString(text).toJson();
        return quoted.substring(1, quoted.length() - 1);
    }

    private static boolean insideJsonString(CharSequence rendered) {
        boolean inside = false;
        for (int i = 0; i < rendered.length(); i++) {
            char c = rendered.charAt(i);
            if (inside && c == '\\') {
                i++;
            } else if (c == '"') {
                inside = !inside;
            }
        }
        return inside;
    }

    private static boolean inPathOrQuery(CharSequence rendered) {
        String before = rendered.toString();
        int scheme = before.indexOf("://");
        if (scheme < 0) {
            return false;
        }
        String afterScheme = before.substring(scheme + 3);
        return afterScheme.indexOf('/') >= 0 || afterScheme.indexOf('?') >= 0 || afterScheme.indexOf('#') >= 0;
    }
}
