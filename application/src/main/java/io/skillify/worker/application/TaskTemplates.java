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
 * and every string inside {@code context} may hold {@code {{expression}}} parts. {@code context.command} is split
 * into words first ({@link TaskCommandLines}) and each word filled in on its own, so the task carries an argv array
 * in which a value is one argument, whatever blanks, quotes or semicolons it holds.
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
        data.get("context").ifPresent(value -> rendered.put("context", taskContext(value)));
        return new JsonObject(rendered);
    }

    private JsonValue taskContext(JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            return deep(value);
        }
        Map<String, JsonValue> members = new LinkedHashMap<>();
        object.members().forEach((name, member) ->
                members.put(name, name.equals("command") ? command(member) : deep(member)));
        return new JsonObject(members);
    }

    private JsonValue command(JsonValue command) {
        return TaskCommandLines.read(command, "context.command")
                .<JsonValue>map(line -> new JsonArray(line.words().stream()
                        .<JsonValue>map(word -> new JsonString(text(word)))
                        .toList()))
                .orElseGet(() -> deep(command));
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
