package io.skillify.worker.domain;

import io.skillify.shared.domain.Characters;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** What a new task asks for; rejects what a worker could not sensibly receive. */
public record TaskSpec(String title, String description, int priority, List<String> requiredCapabilities,
                       JsonObject context) {

    public static final int MAX_TITLE = 500;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_CAPABILITIES = 50;

    public TaskSpec {
        List<Problem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new Problem("title", "is required"));
        } else if (Characters.exceed(title, MAX_TITLE)) {
            problems.add(new Problem("title", "must be at most " + MAX_TITLE + " characters"));
        }
        if (Characters.exceed(description, MAX_DESCRIPTION)) {
            problems.add(new Problem("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        requiredCapabilities = requiredCapabilities == null ? List.of() : requiredCapabilities;
        if (requiredCapabilities.size() > MAX_CAPABILITIES) {
            problems.add(new Problem("requiredCapabilities", "must list at most " + MAX_CAPABILITIES));
        }
        for (int i = 0; i < requiredCapabilities.size(); i++) {
            String capability = requiredCapabilities.get(i);
            if (!Capabilities.isValid(capability)) {
                problems.add(new Problem("requiredCapabilities[" + i + "]", "must be " + Capabilities.RULE));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Invalid task: " + problems.getFirst().path() + " "
                    + problems.getFirst().message(), problems);
        }
        requiredCapabilities = List.copyOf(requiredCapabilities.stream().distinct().toList());
        context = context == null ? JsonObject.EMPTY : context;
    }
}
