package io.skillify.worker.application;

import io.skillify.automation.application.expression.Expressions;
import io.skillify.automation.domain.nodetype.StepContext;
import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A {@code worker.task} node's data with its templates filled in from the run: {@code title}, {@code description}
 * and every string inside {@code context} may hold {@code {{expression}}} parts.
 */
final class TaskTemplates {

    private static final Set<String> TEMPLATES = Set.of("title", "description");

    private final Expressions expressions;
    private final StepContext context;

    TaskTemplates(Expressions expressions, StepContext context) {
        this.expressions = expressions;
        this.context = context;
    }

    JsonObject render(JsonObject data) {
        Map<String, JsonValue> rendered = new LinkedHashMap<>(data.members());
        for (String field : TEMPLATES) {
            data.string(field).ifPresent(text -> rendered.put(field, new JsonString(text(text))));
        }
        data.get("context").ifPresent(value -> rendered.put("context", deep(value)));
        return new JsonObject(rendered);
    }

    private JsonValue deep(JsonValue value) {
        return switch (value) {
            case JsonString string -> new JsonString(text(string.value()));
            case JsonArray array -> new JsonArray(array.items().stream().map(this::deep).toList());
            case JsonObject object -> {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                object.members().forEach((name, member) -> members.put(name, deep(member)));
                yield new JsonObject(members);
            }
            default -> value;
        };
    }

    private String text(String template) {
        return template.contains("{{") ? expressions.render(template, context) : template;
    }
}
