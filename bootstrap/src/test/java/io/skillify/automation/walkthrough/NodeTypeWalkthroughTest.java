package io.skillify.automation.walkthrough;

import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.domain.nodetype.StepContext;
import io.skillify.automation.domain.nodetype.StepResult;
import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.shared.domain.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Follows docs/node-types.md to the letter: the documented class (this package's {@link GreetingNode}, which the
 * doc quotes verbatim) is written and nothing else is done, and the running server picks it up.
 */
class NodeTypeWalkthroughTest extends IntegrationTest {

    private static final Path GUIDE = Path.of("..", "docs", "node-types.md");
    private static final Path EXAMPLE = Path.of("src", "test", "java", "io", "skillify", "automation",
            "walkthrough", "GreetingNode.java");

    @Test
    void theGuideQuotesExactlyTheClassThisTestUses() throws Exception {
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(GUIDE));
        assertThat(block.find()).as("docs/node-types.md has a java block").isTrue();
        String documented = block.group(1).strip();
        String tested = Files.readString(EXAMPLE).strip();
        assertThat(tested).isEqualTo(documented);
    }

    @Test
    void theNewTypeIsInTheCatalog() {
        ApiResponse catalog = newAccount("catalog").api().get("/api/node-types");
        JsonNode greeting = catalog.data().valueStream()
                .filter(type -> type.get("type").asString().equals("example.greeting")).findFirst().orElseThrow();
        assertThat(greeting.get("category").asString()).isEqualTo("data");
        assertThat(greeting.get("outputs").get(0).asString()).isEqualTo("default");
        assertThat(greeting.get("dataSchema").get("required").get(0).asString()).isEqualTo("name");
    }

    @Test
    void flowsValidateItsDataAndRejectBadData() {
        Caller author = newAccount("greeter");
        UUID workspace = newWorkspace(author);
        String automations = "/api/" + workspace + "/automations";

        ApiResponse good = author.api().post(automations, Map.of("name", "Greeter", "flow", flowWith(
                Map.of("name", "Ada", "punctuation", "."))));
        assertThat(good.status()).as(good.toString()).isEqualTo(201);

        ApiResponse bad = assertError(author.api().post(automations, Map.of("name", "Greeter", "flow", flowWith(
                Map.of("punctuation", "?", "shout", true)))), 400);
        assertThat(detailPaths(bad)).containsExactlyInAnyOrder("nodes[1].data.name", "nodes[1].data.punctuation",
                "nodes[1].data.shout");
    }

    @Test
    void itsExecutorGreets() {
        StepResult result = new GreetingNode().execute(context(new JsonObject(Map.of("name", new JsonString("Ada")))));
        assertThat(result).isEqualTo(StepResult.completed(
                new JsonObject(Map.of("greeting", new JsonString("Hello, Ada!")))));
    }

    private static Map<String, Object> flowWith(Map<String, Object> greetingData) {
        return Map.of(
                "nodes", List.of(
                        Map.of("id", "start", "type", "trigger.manual", "position", Map.of("x", 0, "y", 0),
                                "data", Map.of()),
                        Map.of("id", "hello", "type", "example.greeting", "position", Map.of("x", 0, "y", 100),
                                "data", greetingData)),
                "edges", List.of(Map.of("id", "e1", "source", "start", "target", "hello")));
    }

    private static StepContext context(JsonObject data) {
        return new StepContext() {
            public String runId() {
                return "run";
            }

            public String nodeId() {
                return "hello";
            }

            public JsonObject data() {
                return data;
            }

            public JsonValue input() {
                return JsonObject.EMPTY;
            }

            public Map<String, JsonValue> stepOutputs() {
                return Map.of();
            }

            public int attempt() {
                return 1;
            }

            public Instant now() {
                return Instant.EPOCH;
            }

            public Instant stepStartedAt() {
                return Instant.EPOCH;
            }

            public io.skillify.shared.domain.WorkspaceId workspaceId() {
                return new io.skillify.shared.domain.WorkspaceId(java.util.UUID.randomUUID());
            }

            public void log(String level, String message) {
            }
        };
    }
}
