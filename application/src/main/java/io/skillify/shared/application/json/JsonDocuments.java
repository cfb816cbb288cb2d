package io.skillify.shared.application.json;

import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonBoolean;
import io.skillify.shared.domain.json.JsonNull;
import io.skillify.shared.domain.json.JsonNumber;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Converts between Jackson trees (what adapters and the schema validator speak) and the domain's {@link JsonValue}. */
public final class JsonDocuments {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_INTEGER_DIGITS = 100;

    private JsonDocuments() {
    }

    /** Parses JSON text; text that is not JSON is a 400 at {@code path}. */
    public static JsonValue parse(String text, String path) {
        try {
            return fromJackson(MAPPER.readTree(text));
        } catch (JacksonException notJson) {
            throw InvalidInputException.of(path, "is not well-formed JSON");
        }
    }

    /** Parses JSON text that is known to be well-formed (e.g. read back from a jsonb column). */
    public static JsonValue parseTrusted(String text) {
        return fromJackson(MAPPER.readTree(text));
    }

    public static JsonValue fromJackson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return JsonNull.INSTANCE;
        }
        if (node.isObject()) {
            Map<String, JsonValue> members = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                members.put(member.getKey(), fromJackson(member.getValue()));
            }
            return new JsonObject(members);
        }
        if (node.isArray()) {
            List<JsonValue> items = new ArrayList<>(node.size());
            node.values().forEach(item -> items.add(fromJackson(item)));
            return new JsonArray(items);
        }
        if (node.isString()) {
            return new JsonString(node.stringValue());
        }
        if (node.isNumber()) {
            if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
                throw InvalidInputException.of("", "contains a number too large to represent");
            }
            return new JsonNumber(node.decimalValue());
        }
        if (node.isBoolean()) {
            return JsonBoolean.of(node.booleanValue());
        }
        return new JsonString(node.asString());
    }

    /** An integer of at most 100 digits; {@code 1e1000000000} stays a decimal instead of a billion-digit integer. */
    private static boolean isModestInteger(BigDecimal value) {
        return value.scale() <= 0 && value.precision() - value.scale() <= MAX_INTEGER_DIGITS;
    }

    public static JsonNode toJackson(JsonValue value) {
        return switch (value) {
            case null -> null;
            case JsonObject object -> {
                ObjectNode node = NODES.objectNode();
                object.members().forEach((name, member) -> node.set(name, toJackson(member)));
                yield node;
            }
            case JsonArray array -> {
                ArrayNode node = NODES.arrayNode(array.items().size());
                array.items().forEach(item -> node.add(toJackson(item)));
                yield node;
            }
            case JsonString string -> NODES.stringNode(string.value());
            case JsonNumber number -> isModestInteger(number.value())
                    ? NODES.numberNode(number.value().toBigIntegerExact())
                    : NODES.numberNode(number.value());
            case JsonBoolean bool -> NODES.booleanNode(bool.value());
            case JsonNull ignored -> NODES.nullNode();
        };
    }
}
