package io.skillify.shared.application.json;

import io.skillify.shared.domain.UnstorableCharacters;
import io.skillify.shared.domain.json.JsonDepth;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * One streaming pass over JSON text, before anything builds a tree of it: where the first container beyond
 * {@link JsonDepth#MAX} levels starts and where the first string or property name PostgreSQL cannot store is. Text
 * that is not JSON yields what was found before the parser gave up (the parser that reads it says what is wrong).
 */
public record JsonTextScan(Optional<String> tooDeep, Optional<String> unstorable) {

    private static final JsonFactory SCANNER = JsonFactory.builder().build();

    public static JsonTextScan of(byte[] json) {
        String tooDeep = null;
        String unstorable = null;
        try (JsonParser parser = SCANNER.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null && (tooDeep == null || unstorable == null);
                 token = parser.nextToken()) {
                if (tooDeep == null && token.isStructStart()
                        && parser.streamReadContext().getNestingDepth() > JsonDepth.MAX) {
                    tooDeep = JsonPathOf.value(parser.streamReadContext().getParent());
                } else if (unstorable == null && token == JsonToken.PROPERTY_NAME
                        && UnstorableCharacters.in(parser.currentName())) {
                    unstorable = JsonPathOf.value(parser.streamReadContext().getParent());
                } else if (unstorable == null && token == JsonToken.VALUE_STRING
                        && UnstorableCharacters.in(parser.getString())) {
                    unstorable = JsonPathOf.value(parser.streamReadContext());
                }
            }
        } catch (JacksonException malformed) {
            // what was found before the text broke off stands
        }
        return new JsonTextScan(Optional.ofNullable(tooDeep), Optional.ofNullable(unstorable));
    }
}
