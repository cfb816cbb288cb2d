package io.skillify.shared.application.json;

import io.skillify.shared.domain.UnstorableCharacters;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds text PostgreSQL cannot store: the NUL character (neither {@code text} nor {@code jsonb} holds it) and a lone
 * UTF-16 surrogate (half of a character, which has no UTF-8 form). Such text is refused where it comes in, rather than
 * failing later where it is stored.
 */
public final class UnstorableText {

    public static final String PROBLEM = UnstorableCharacters.PROBLEM;

    private static final JsonFactory SCANNER = JsonFactory.builder().build();

    private UnstorableText() {
    }

    /** Whether {@code text} holds a NUL character or a lone surrogate. */
    public static boolean isUnstorable(String text) {
        return UnstorableCharacters.in(text);
    }

    /**
     * Where the first unstorable string or property name of a JSON document is ({@code context.cmd[1]}; a property
     * name is reported at its object), or empty when there is none or the text is not JSON at all (the parser that
     * reads it says what is wrong then).
     */
    public static Optional<String> firstIn(byte[] json) {
        try (JsonParser parser = SCANNER.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME && isUnstorable(parser.currentName())) {
                    return Optional.of(JsonPathOf.value(parser.streamReadContext().getParent()));
                }
                if (token == JsonToken.VALUE_STRING && isUnstorable(parser.getString())) {
                    return Optional.of(JsonPathOf.value(parser.streamReadContext()));
                }
            }
            return Optional.empty();
        } catch (JacksonException malformed) {
            return Optional.empty();
        }
    }
}
