package io.skillify.shared.application.json;

import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonBoolean;
import io.skillify.shared.domain.json.JsonDepth;
import io.skillify.shared.domain.json.JsonNull;
import io.skillify.shared.domain.json.JsonNumber;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import io.skillify.shared.domain.json.UnreadableJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads documents back from storage, never failing: a part nested deeper than {@link JsonDepth#MAX} levels is
 * replaced by {@link UnreadableJson#TOO_DEEP} (PostgreSQL accepts far deeper documents than anyone may send now),
 * and text that does not parse at all becomes {@link UnreadableJson#MALFORMED} as a whole.
 */
public final class StoredJson {

    /** PostgreSQL's numeric has at most 131,072 digits before the point and 16,383 after it. */
    private static final int LONGEST_STORED_NUMBER = 150_000;

    private static final JsonFactory READER = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Integer.MAX_VALUE)
                    .maxNumberLength(LONGEST_STORED_NUMBER)
                    .build())
            .build();

    private StoredJson() {
    }

    /** The stored document, with stand-ins where it cannot be read; Jackson's exceptions are runtime ones. */
    public static JsonValue read(String text) {
        try (JsonParser parser = READER.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return UnreadableJson.MALFORMED;
            }
            JsonValue value = value(parser, first, 1);
            return parser.nextToken() == null ? value : UnreadableJson.MALFORMED;
        } catch (RuntimeException unreadable) {
            return UnreadableJson.MALFORMED;
        }
    }

    private static JsonValue value(JsonParser parser, JsonToken token, int level) {
        return switch (token) {
            case START_OBJECT -> level > JsonDepth.MAX ? skipped(parser) : object(parser, level);
            case START_ARRAY -> level > JsonDepth.MAX ? skipped(parser) : array(parser, level);
            case VALUE_STRING -> new JsonString(parser.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonNumber(parser.getDecimalValue());
            case VALUE_TRUE -> JsonBoolean.TRUE;
            case VALUE_FALSE -> JsonBoolean.FALSE;
            case VALUE_NULL -> JsonNull.INSTANCE;
            default -> throw new IllegalStateException("unexpected token " + token);
        };
    }

    private static JsonValue skipped(JsonParser parser) {
        parser.skipChildren();
        return UnreadableJson.TOO_DEEP;
    }

    private static JsonValue object(JsonParser parser, int level) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            members.put(name, value(parser, parser.nextToken(), level + 1));
        }
        return new JsonObject(members);
    }

    private static JsonValue array(JsonParser parser, int level) {
        List<JsonValue> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(value(parser, token, level + 1));
        }
        return new JsonArray(items);
    }
}
