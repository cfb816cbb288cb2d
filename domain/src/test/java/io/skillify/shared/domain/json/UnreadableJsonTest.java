package io.skillify.shared.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnreadableJsonTest {

    @Test
    void the_marker_says_why_the_part_is_unreadable() {
        assertThat(UnreadableJson.TOO_DEEP.toJson())
                .isEqualTo("{\"unreadable\":true,\"reason\":\"nested deeper than 64 levels\"}");
    }

    @Test
    void a_stand_in_is_found_anywhere_in_a_document() {
        JsonObject document = new JsonObject(Map.of("a", new JsonArray(List.of(JsonNull.INSTANCE,
                UnreadableJson.TOO_DEEP))));
        assertThat(UnreadableJson.appearsIn(document)).isTrue();
        assertThat(UnreadableJson.appearsIn(UnreadableJson.MALFORMED)).isTrue();
    }

    @Test
    void a_callers_look_alike_is_not_a_stand_in() {
        JsonObject lookAlike = new JsonObject(Map.of("unreadable", JsonBoolean.TRUE,
                "reason", new JsonString("nested deeper than 64 levels")));
        assertThat(UnreadableJson.appearsIn(new JsonObject(Map.of("x", lookAlike)))).isFalse();
        assertThat(UnreadableJson.appearsIn(null)).isFalse();
    }
}
