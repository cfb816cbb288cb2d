package io.skillify.shared.application.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonNestingTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_body_within_sixty_four_levels_passes() {
        assertThat(JsonTextScan.of(utf8("[".repeat(64) + "]".repeat(64))).tooDeep()).isEmpty();
        assertThat(JsonTextScan.of(utf8("{\"title\":\"x\",\"context\":{\"a\":[1,2,{}]}}")).tooDeep()).isEmpty();
    }

    @Test
    void the_first_container_beyond_sixty_four_levels_is_named_in_the_contracts_notation() {
        assertThat(JsonTextScan.of(utf8("[".repeat(1000))).tooDeep()).contains("[0]".repeat(64));
        String deep = "{\"title\":\"t\",\"context\":{\"a\":[1,{\"b\":" + "[".repeat(70) + "]".repeat(70) + "}]}}";
        assertThat(JsonTextScan.of(utf8(deep)).tooDeep()).contains("context.a[1].b" + "[0]".repeat(60));
    }

    @Test
    void malformed_text_is_left_to_the_parser_that_reports_it() {
        assertThat(JsonTextScan.of(utf8("{\"a\": nope")).tooDeep()).isEmpty();
        assertThat(JsonTextScan.of(new byte[0]).tooDeep()).isEmpty();
    }
}
