package io.skillify.automation.application.nodetype;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** inputSchema {@code pattern}s run on the linear-time engine; patterns it cannot run are refused on save. */
class InputSchemaPatternTest {

    private static JsonObject schemaWithPattern(String pattern) {
        return new JsonObject(Map.of("type", new JsonString("object"), "properties", new JsonObject(Map.of(
                "code", new JsonObject(Map.of("type", new JsonString("string"), "pattern", new JsonString(pattern)))))));
    }

    @Test
    void aCatastrophicPatternAnswersAtOnce() {
        DataSchema schema = DataSchema.compile("inputSchema", schemaWithPattern("^(a+)+$"));
        JsonValue hostile = new JsonObject(Map.of("code", new JsonString("a".repeat(5000) + "!")));

        assertThat(schema.validate(hostile, "input")).singleElement()
                .satisfies(problem -> assertThat(problem.path()).isEqualTo("input.code"));
        assertThat(schema.validate(new JsonObject(Map.of("code", new JsonString("aaa"))), "input")).isEmpty();
    }

    @Test
    void patternPropertiesRunOnTheLinearEngineToo() {
        JsonObject schema = new JsonObject(Map.of("type", new JsonString("object"), "patternProperties",
                new JsonObject(Map.of("^(a|aa)+$", new JsonObject(Map.of("type", new JsonString("number"))))),
                "additionalProperties", new JsonObject(Map.of("type", new JsonString("string")))));
        JsonValue hostile = new JsonObject(Map.of("a".repeat(5000) + "!", new JsonString("fine")));

        assertThat(DataSchema.compile("inputSchema", schema).validate(hostile, "input")).isEmpty();
    }

    @Test
    void aPatternTheLinearEngineCannotExpressIsAProblemWithAPath() {
        assertThat(DataSchema.problemOf(schemaWithPattern("^(a)\\1$"), "nodes[0].data.inputSchema"))
                .hasValueSatisfying(problem -> {
                    assertThat(problem.path()).isEqualTo("nodes[0].data.inputSchema");
                    assertThat(problem.message()).contains("not supported").doesNotContain("Exception");
                });
        assertThat(DataSchema.problemOf(schemaWithPattern("^[a-z]+$"), "p")).isEmpty();
    }
}
