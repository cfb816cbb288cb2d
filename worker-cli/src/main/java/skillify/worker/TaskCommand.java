package skillify.worker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The process a task asks for, read from its context: {@code command} (an argv array, or a string split into
 * arguments by {@link CommandWords}; never through a shell), and optionally {@code workingDirectory}, {@code env}
 * and {@code timeoutSeconds}.
 *
 * @param workingDirectory {@code null} for the worker's own
 * @param timeout          {@code null} for no limit
 */
record TaskCommand(List<String> argv, Path workingDirectory, Map<String, String> env, Duration timeout) {

    TaskCommand {
        argv = List.copyOf(argv);
        env = Map.copyOf(env);
    }

    static TaskCommand from(JsonNode context) throws InvalidTaskException {
        return new TaskCommand(
                argv(context.path("command")),
                workingDirectory(context.path("workingDirectory")),
                env(context.path("env")),
                timeout(context.path("timeoutSeconds")));
    }

    /** A short form of the command for logs and the worker's current action. */
    String summary() {
        String joined = String.join(" ", argv);
        return joined.length() <= 120 ? joined : joined.substring(0, 119) + "…";
    }

    private static List<String> argv(JsonNode command) throws InvalidTaskException {
        if (command.isMissingNode() || command.isNull()) {
            throw new InvalidTaskException(
                    "the task has no context.command: give an argv array such as [\"echo\", \"hello\"] or a string");
        }
        if (command.isString()) {
            return CommandWords.split(command.stringValue());
        }
        if (!command.isArray()) {
            throw new InvalidTaskException("context.command must be an array of strings or a string");
        }
        if (command.isEmpty()) {
            throw new InvalidTaskException("context.command is an empty array");
        }
        List<String> argv = new ArrayList<>();
        for (int i = 0; i < command.size(); i++) {
            if (!command.get(i).isString()) {
                throw new InvalidTaskException("context.command[" + i + "] must be a string");
            }
            argv.add(command.get(i).stringValue());
        }
        return argv;
    }

    private static Path workingDirectory(JsonNode directory) throws InvalidTaskException {
        if (directory.isMissingNode() || directory.isNull()) {
            return null;
        }
        if (!directory.isString() || directory.stringValue().isBlank()) {
            throw new InvalidTaskException("context.workingDirectory must be a path");
        }
        return Path.of(directory.stringValue());
    }

    private static Map<String, String> env(JsonNode env) throws InvalidTaskException {
        if (env.isMissingNode() || env.isNull()) {
            return Map.of();
        }
        if (!env.isObject()) {
            throw new InvalidTaskException("context.env must be an object of strings");
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> variable : env.properties()) {
            if (!variable.getValue().isString()) {
                throw new InvalidTaskException("context.env." + variable.getKey() + " must be a string");
            }
            variables.put(variable.getKey(), variable.getValue().stringValue());
        }
        return variables;
    }

    private static Duration timeout(JsonNode seconds) throws InvalidTaskException {
        if (seconds.isMissingNode() || seconds.isNull()) {
            return null;
        }
        if (!seconds.isNumber() || seconds.doubleValue() <= 0) {
            throw new InvalidTaskException("context.timeoutSeconds must be a positive number");
        }
        return Duration.ofMillis(Math.max(1, Math.round(seconds.doubleValue() * 1000)));
    }
}
