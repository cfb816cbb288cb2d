package io.skillify.run.domain;

import io.skillify.shared.domain.UnstorableCharacters;
import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/**
 * Text PostgreSQL cannot hold: the NUL character (neither {@code text} nor {@code jsonb} stores it) and half of a
 * character (a lone UTF-16 surrogate, which has no UTF-8 form). A step output holding either is refused with a clear
 * error; engine-written text (step errors, log lines) has such characters replaced by U+FFFD.
 */
public final class UnstorableOutput {

    public static final String PROBLEM = UnstorableCharacters.PROBLEM;
    private static final char REPLACEMENT = '\uFFFD';

    private UnstorableOutput() {
    }

    /** Why {@code output} cannot be stored ({@code output at body.text holds …}), or empty when it can. */
    public static Optional<String> violation(JsonValue output) {
        if (output == null) {
            return Optional.empty();
        }
        Deque<Visit> pending = new ArrayDeque<>();
        pending.push(new Visit(output, ""));
        while (!pending.isEmpty()) {
            Visit visit = pending.pop();
            switch (visit.value()) {
                case JsonObject object -> {
                    for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
                        if (isUnstorable(member.getKey())) {
                            return Optional.of(describe(visit.path()));
                        }
                        String path = visit.path().isEmpty() ? member.getKey() : visit.path() + "." + member.getKey();
                        pending.push(new Visit(member.getValue(), path));
                    }
                }
                case JsonArray array -> {
                    for (int i = 0; i < array.items().size(); i++) {
                        pending.push(new Visit(array.items().get(i), visit.path() + "[" + i + "]"));
                    }
                }
                case JsonString string -> {
                    if (isUnstorable(string.value())) {
                        return Optional.of(describe(visit.path()));
                    }
                }
                default -> {
                    // numbers, booleans and null are always storable
                }
            }
        }
        return Optional.empty();
    }

    /** {@code text} with every NUL character and half character replaced by U+FFFD; null stays null. */
    public static String storable(String text) {
        if (text == null || !isUnstorable(text)) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (c == '\0' || Character.isSurrogate(c)) {
                clean.append(REPLACEMENT);
            } else {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    static boolean isUnstorable(String text) {
        return UnstorableCharacters.in(text);
    }

    private static String describe(String path) {
        return "output " + (path.isEmpty() ? "" : "at " + path + " ") + PROBLEM;
    }

    private record Visit(JsonValue value, String path) {
    }
}
