package io.skillify.shared.adapter.out.persistence;

import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.json.JsonValue;
import org.jooq.JSONB;

/** {@code jsonb} columns to and from the domain's JSON model; SQL null stays null. */
public final class JsonColumns {

    private JsonColumns() {
    }

    public static JSONB json(JsonValue value) {
        return value == null ? null : JSONB.valueOf(value.toJson());
    }

    /** The stored document, trusted: only this application writes these columns. */
    public static JsonValue json(JSONB column) {
        return column == null ? null : JsonDocuments.parseTrusted(column.data());
    }
}
