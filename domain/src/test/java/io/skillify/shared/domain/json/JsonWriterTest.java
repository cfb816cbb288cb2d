package io.skillify.shared.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonWriterTest {

    private static String json(String text) {
        return new JsonString(text).toJson();
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void quotes_and_backslashes_are_escaped() {
        assertThat(json("say \"hi\" \\ bye")).isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
    }

    @Test
    void the_usual_control_characters_have_short_escapes() {
        assertThat(json("a\nb\rc\td\be\ff")).isEqualTo("\"a\\nb\\rc\\td\\be\\ff\"");
    }

    @Test
    void other_control_characters_are_escaped_as_four_hex_digits() {
        assertThat(json("\u0000|\u0001|\u001b|\u001f")).isEqualToIgnoringCase("\"\\u0000|\\u0001|\\u001b|\\u001f\"");
    }

    @Test
    void the_first_character_after_the_control_range_is_kept() {
        assertThat(json(" ~\u007f")).isEqualTo("\" ~\u007f\"");
    }

    @Test
    void unicode_is_written_as_it_is() {
        assertThat(json("é €漢 😀 \u2028")).isEqualTo("\"é €漢 😀 \u2028\"");
    }

    @Test
    void member_names_are_escaped_like_strings() {
        JsonObject object = new JsonObject(Map.of("a\"b\n", JsonNull.INSTANCE));

        assertThat(object.toJson()).isEqualTo("{\"a\\\"b\\n\":null}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1.50", "-0.001", "3.14159", "123456789012345678901234567890",
            "0.000001", "1E+5", "2.5E-10"})
    void numbers_are_written_as_they_were_read(String number) {
        assertThat(new JsonNumber(new BigDecimal(number)).toJson()).isEqualTo(number);
    }

    @Test
    void whole_numbers_have_no_fraction() {
        assertThat(JsonNumber.of(42).toJson()).isEqualTo("42");
        assertThat(JsonNumber.of(Long.MIN_VALUE).toJson()).isEqualTo("-9223372036854775808");
    }

    @Test
    void documents_are_written_compactly_in_member_order() {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("z", new JsonArray(List.of(JsonNumber.of(1), JsonBoolean.TRUE, JsonBoolean.FALSE,
                JsonNull.INSTANCE, new JsonString("x"))));
        members.put("a", JsonObject.EMPTY);
        members.put("m", new JsonArray(List.of()));

        assertThat(new JsonObject(members).toJson()).isEqualTo("{\"z\":[1,true,false,null,\"x\"],\"a\":{},\"m\":[]}");
    }

    @Test
    void utf8_length_of_ascii_is_its_length() {
        assertThat(new JsonString("abc").utf8Length()).isEqualTo(5);
        assertThat(JsonObject.EMPTY.utf8Length()).isEqualTo(2);
        assertThat(JsonNull.INSTANCE.utf8Length()).isEqualTo(4);
    }

    @Test
    void utf8_length_counts_two_and_three_byte_characters() {
        assertThat(new JsonString("é").utf8Length()).isEqualTo(2 + 2);
        assertThat(new JsonString("\u07ff").utf8Length()).isEqualTo(2 + 2);
        assertThat(new JsonString("\u0800").utf8Length()).isEqualTo(2 + 3);
        assertThat(new JsonString("€").utf8Length()).isEqualTo(2 + 3);
        assertThat(new JsonString("\uffff").utf8Length()).isEqualTo(2 + 3);
    }

    @Test
    void utf8_length_counts_a_surrogate_pair_as_four_bytes() {
        assertThat(new JsonString("😀").utf8Length()).isEqualTo(2 + 4);
        assertThat(new JsonString("😀😀a").utf8Length()).isEqualTo(2 + 4 + 4 + 1);
    }

    @Test
    void utf8_length_counts_escapes_as_written() {
        assertThat(new JsonString("\u0001").utf8Length()).isEqualTo(8);
        assertThat(new JsonString("\"\n").utf8Length()).isEqualTo(6);
    }

    @Test
    void utf8_length_is_the_length_of_the_utf8_encoding() {
        JsonObject document = new JsonObject(Map.of("näme", new JsonArray(List.of(
                new JsonString("Grüße 漢字 😀🎉 \u0007 \"q\""), new JsonNumber(new BigDecimal("-12.50")),
                JsonBoolean.TRUE))));

        assertThat(document.utf8Length()).isEqualTo(utf8(document.toJson()));
    }
}
