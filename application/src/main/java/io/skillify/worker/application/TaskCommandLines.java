package io.skillify.worker.application;

import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import io.skillify.worker.domain.CommandLine;
import java.util.List;
import java.util.Optional;

/**
 * A {@code worker.task}'s {@code context.command} read as a command line, before its templates are filled in: a
 * string is split into words, an array of strings is the words. Anything else is left to the worker.
 */
final class TaskCommandLines {

    private TaskCommandLines() {
    }

    /** Refuses a string that cannot be split and a shell script that holds a template, at {@code path}. */
    static Optional<CommandLine> read(JsonValue command, String path) {
        CommandLine line = switch (command) {
            case JsonString text -> CommandLine.parse(text.value(), path);
            case JsonArray array when !array.items().isEmpty()
                    && array.items().stream().allMatch(JsonString.class::isInstance) ->
                    new CommandLine(array.items().stream().map(item -> ((JsonString) item).value()).toList());
            default -> null;
        };
        if (line == null) {
            return Optional.empty();
        }
        line.templateInShellScript(path).ifPresent(problem -> {
            throw new InvalidInputException("Invalid " + path + ": " + problem.message(), List.of(problem));
        });
        return Optional.of(line);
    }
}
