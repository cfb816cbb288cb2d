package io.skillify.run.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.shared.domain.json.JsonArray;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepOutputLimitTest {

    private static final long MB = 1024 * 1024;
    private final StepOutputLimit limit = new StepOutputLimit(MB);

    private static JsonValue text(long bytes) {
        return new JsonObject(Map.of("s", new JsonString("x".repeat((int) bytes - 8))));
    }

    @Test
    void an_output_up_to_the_limit_is_fine() {
        assertThat(limit.violation(text(MB))).isEmpty();
        assertThat(limit.violation(null)).isEmpty();
    }

    @Test
    void an_output_over_the_limit_is_refused_naming_its_size_and_the_limit() {
        assertThat(limit.violation(text(MB + 1))).contains("output of 1 MB exceeds the 1 MB limit");
        assertThat(limit.violation(text(3_355_444))).contains("output of 3.2 MB exceeds the 1 MB limit");
        assertThat(new StepOutputLimit(512 * 1024).violation(text(MB)))
                .contains("output of 1 MB exceeds the 512 KB limit");
    }

    @Test
    void an_output_nested_deeper_than_sixty_four_levels_is_refused_naming_the_place() {
        JsonValue deep = new JsonString("leaf");
        for (int i = 0; i < 65; i++) {
            deep = new JsonArray(List.of(deep));
        }
        assertThat(limit.violation(new JsonObject(Map.of("body", deep))))
                .contains("output at body" + "[0]".repeat(63) + " is nested deeper than 64 levels");
    }
}
