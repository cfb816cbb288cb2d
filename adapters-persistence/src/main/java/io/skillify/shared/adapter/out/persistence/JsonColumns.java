package io.skillify.shared.adapter.out.persistence;

import io.skillify.shared.application.json.StoredJson;
import io.skillify.shared.domain.json.JsonValue;
import org.jooq.JSONB;

/** {@code jsonb} columns to and from the domain's JSON model; SQL null stays null. */
public final class JsonColumns {

    private JsonColumns() {
    }

    public static JSONB json(JsonValue value) {
        return value == null ? null : JSONB.valueOf(value.toJson());
    }

    /**
     * The stored document. Documents written before today's limits may not read back: the part nested too deeply,
     * or the whole of a document that does not parse, comes back as a stand-in ({@link StoredJson}), never a failure.
     */
    public static JsonValue json(JSONB column) {
        return column == null ? null : StoredJson.read(column.data());
    }
}
