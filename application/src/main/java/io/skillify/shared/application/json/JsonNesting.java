package io.skillify.shared.application.json;

import io.skillify.shared.domain.json.JsonDepth;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/** Checks how deeply JSON text nests before anything builds a tree of it, stopping at the first level too deep. */
public final class JsonNesting {

    private static final JsonFactory SCANNER = JsonFactory.builder().build();

    private JsonNesting() {
    }

    /**
     * Where the first container beyond {@link JsonDepth#MAX} levels starts ({@code context.a[0]}; empty path: the
     * document itself), or empty when the text nests within the limit or is not JSON at all (the parser that reads
     * it says what is wrong then).
     */
    public static Optional<String> beyondLimit(byte[] json) {
        try (JsonParser parser = SCANNER.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart() && parser.streamReadContext().getNestingDepth() > JsonDepth.MAX) {
                    return Optional.of(JsonPathOf.value(parser.streamReadContext().getParent()));
                }
            }
            return Optional.empty();
        } catch (JacksonException malformed) {
            return Optional.empty();
        }
    }
}
