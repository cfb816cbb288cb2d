package io.skillify.shared.application.json;

import io.skillify.shared.domain.json.JsonDepth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
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
                    return Optional.of(pathOf(parser.streamReadContext().getParent()));
                }
            }
            return Optional.empty();
        } catch (JacksonException malformed) {
            return Optional.empty();
        }
    }

    /** The path of the value being read in {@code context}, in the contract's notation ({@code nodes[2].data}). */
    private static String pathOf(TokenStreamContext context) {
        List<String> segments = new ArrayList<>();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            segments.add(at.inObject() ? "." + at.currentName() : "[" + at.getCurrentIndex() + "]");
        }
        StringBuilder path = new StringBuilder();
        segments.reversed().forEach(path::append);
        return path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }
}
