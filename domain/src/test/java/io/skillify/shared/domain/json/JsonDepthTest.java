package io.skillify.shared.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonDepthTest {

    /** {@code levels} arrays inside each other, the innermost holding {@code 1}. */
    static JsonValue arrays(int levels) {
        JsonValue value = new JsonNumber(java.math.BigDecimal.ONE);
        for (int i = 0; i < levels; i++) {
            value = new JsonArray(List.of(value));
        }
        return value;
    }

    @Test
    void sixty_four_levels_are_allowed() {
        assertThat(JsonDepth.beyondLimit(arrays(64))).isEmpty();
        assertThat(JsonDepth.beyondLimit(new JsonString("flat"))).isEmpty();
    }

    @Test
    void the_sixty_fifth_level_is_refused_and_named_by_its_path() {
        assertThat(JsonDepth.beyondLimit(arrays(65))).contains("[0]".repeat(64));
        JsonObject body = new JsonObject(Map.of("ok", JsonBoolean.TRUE,
                "context", new JsonObject(Map.of("a", arrays(70)))));
        assertThat(JsonDepth.beyondLimit(body)).contains("context.a" + "[0]".repeat(62));
    }

    @Test
    void a_deep_document_of_a_hundred_thousand_levels_is_checked_without_running_out_of_stack() {
        assertThat(JsonDepth.beyondLimit(arrays(100_000))).isPresent();
    }
}
