package io.skillify.shared.application.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonValue;
import io.skillify.shared.domain.json.UnreadableJson;
import org.junit.jupiter.api.Test;

class StoredJsonTest {

    @Test
    void a_readable_document_reads_back_as_it_was_written() {
        String text = "{\"a\":[1,2.50,\"x\",true,null,{\"b\":12345678901234567890123}],\"c\":{}}";
        assertThat(StoredJson.read(text).toJson()).isEqualTo(text);
    }

    @Test
    void the_part_nested_deeper_than_sixty_four_levels_is_replaced_by_the_marker() {
        String deep = "{\"keep\":1,\"context\":" + "[".repeat(1000) + "]".repeat(1000) + ",\"after\":2}";
        JsonObject read = (JsonObject) StoredJson.read(deep);
        assertThat(read.get("keep")).isPresent();
        assertThat(read.get("after")).isPresent();
        JsonValue level = read.get("context").orElseThrow();
        for (int i = 2; i < 65; i++) {
            level = ((JsonArray) level).items().getFirst();
        }
        assertThat(level).isSameAs(UnreadableJson.TOO_DEEP);
        assertThat(UnreadableJson.appearsIn(read)).isTrue();
    }

    @Test
    void text_that_does_not_parse_at_all_becomes_the_marker_as_a_whole() {
        assertThat(StoredJson.read("{\"a\": nope")).isSameAs(UnreadableJson.MALFORMED);
        assertThat(StoredJson.read("")).isSameAs(UnreadableJson.MALFORMED);
    }

    @Test
    void numbers_as_long_as_postgresql_writes_them_are_read() {
        String huge = "1" + "0".repeat(5000);
        assertThat(StoredJson.read("[" + huge + "]").toJson()).isEqualTo("[" + huge + "]");
    }
}
