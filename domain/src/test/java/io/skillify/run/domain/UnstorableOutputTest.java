package io.skillify.run.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonNumber;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnstorableOutputTest {

    private final StepOutputLimit limit = new StepOutputLimit(1024 * 1024);

    @Test
    void an_output_holding_a_nul_character_is_refused_naming_the_place() {
        JsonObject output = new JsonObject(Map.of("body", new JsonObject(Map.of("items",
                new JsonArray(List.of(new JsonString("fine"), new JsonString("a\u0000b")))))));

        assertThat(limit.violation(output))
                .contains("output at body.items[1] holds a NUL character or half of a character, which cannot be stored");
    }

    @Test
    void half_a_character_in_a_value_or_a_name_is_refused_and_whole_characters_are_fine() {
        assertThat(limit.violation(new JsonObject(Map.of("x", new JsonString("\uD83D")))))
                .contains("output at x " + UnstorableOutput.PROBLEM);
        assertThat(limit.violation(new JsonObject(Map.of("k\u0000", new JsonNumber(BigDecimal.ONE)))))
                .contains("output " + UnstorableOutput.PROBLEM);
        assertThat(limit.violation(new JsonObject(Map.of("emoji", new JsonString("\uD83D\uDE00 ok"))))).isEmpty();
    }

    @Test
    void engine_text_is_made_storable_by_replacing_what_cannot_be_stored() {
        assertThat(UnstorableOutput.storable("a\u0000b\uD83Dc\uD83D\uDE00")).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00");
        assertThat(UnstorableOutput.storable("plain")).isEqualTo("plain");
        assertThat(UnstorableOutput.storable(null)).isNull();
    }
}
