package io.skillify.shared.adapter.in.rest;

import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonValue;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Conversions MapStruct mappers share: ids as UUIDs, enums as lower-case snake names, JSON documents as trees. */
@Component
public final class WireValues {

    public UUID accountId(AccountId id) {
        return id == null ? null : id.value();
    }

    public UUID workspaceId(WorkspaceId id) {
        return id == null ? null : id.value();
    }

    public JsonNode json(JsonValue value) {
        return value == null ? null : JsonDocuments.toJackson(value);
    }

    public String enumValue(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> E parseEnum(Class<E> type, String wire) {
        return wire == null ? null : Enum.valueOf(type, wire.toUpperCase(Locale.ROOT));
    }
}
