package io.skillify.shared.domain.json;

/**
 * A JSON document as the domain sees it: immutable, ordered, independent of any JSON library. Adapters convert to
 * and from their library's tree; {@link #toJson()} writes compact RFC 8259 text.
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    default String toJson() {
        return JsonWriter.write(this);
    }

    /** Size of the compact UTF-8 encoding, the measure of size limits. */
    default int utf8Length() {
        return JsonWriter.utf8Length(this);
    }

    /** A short name of the JSON type, for messages: object, array, string, number, boolean, null. */
    String typeName();
}
