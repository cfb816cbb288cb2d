package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TriggersTest extends IntegrationTest {

    private static final Map<String, Object> ORDER_SCHEMA = Map.of("type", "object", "required", List.of("order"),
            "properties", Map.of("order", Map.of("type", "integer", "minimum", 1)));

    private Caller owner;
    private UUID workspace;

    @BeforeEach
    void aWorkspace() {
        owner = newAccount("trigger-owner");
        workspace = newWorkspace(owner);
    }

    private JsonNode automation(String triggerType) {
        return owner.api().post("/api/" + workspace + "/automations", Map.of("name", "t-" + UUID.randomUUID(), "flow",
                Map.of("nodes", List.of(node("in", triggerType, Map.of("inputSchema", ORDER_SCHEMA)),
                                node("log", "notify.log", Map.of("message", "order {{input.order}}"))),
                        "edges", List.of(edge("e1", "in", "log", null))))).data();
    }

    @Test
    void aWebhookCallStartsARunWithItsBodyAsInput() {
        JsonNode automation = automation("trigger.webhook");
        String hook = pathOf(automation.get("webhook").get("url").asString());

        ApiResponse called = anonymous().post(hook, Map.of("order", 42));
        assertThat(called.status()).as(called.toString()).isEqualTo(202);
        assertThat(called.json().get("success").asBoolean()).isTrue();
        String runId = called.data().get("runId").asString();

        JsonNode run = awaitEnd(owner.api(), workspace, runId, Duration.ofSeconds(10));
        assertThat(run.get("status").asString()).isEqualTo("succeeded");
        assertThat(run.get("trigger").asString()).isEqualTo("webhook");
        assertThat(run.get("input").get("order").asInt()).isEqualTo(42);
        assertThat(owner.api().get("/api/" + workspace + "/runs/" + runId + "/logs").raw()).contains("order 42");
    }

    @Test
    void wrongTokensUnknownAutomationsAndDisabledOnesAreAllNotFound() {
        JsonNode automation = automation("trigger.webhook");
        String id = automation.get("id").asString();
        String token = automation.get("webhook").get("token").asString();

        assertError(anonymous().post("/api/hooks/" + id + "/" + "0".repeat(64), Map.of("order", 1)), 404);
        assertError(anonymous().post("/api/hooks/" + UUID.randomUUID() + "/" + token, Map.of("order", 1)), 404);
        assertError(anonymous().post("/api/hooks/not-an-id/" + token, Map.of("order", 1)), 404);

        owner.api().post("/api/" + workspace + "/automations/" + id + "/webhook/rotate", null);
        assertError(anonymous().post("/api/hooks/" + id + "/" + token, Map.of("order", 1)), 404);

        String rotated = owner.api().get("/api/" + workspace + "/automations/" + id).data().get("webhook")
                .get("token").asString();
        owner.api().patch("/api/" + workspace + "/automations/" + id, Map.of("enabled", false));
        assertError(anonymous().post("/api/hooks/" + id + "/" + rotated, Map.of("order", 1)), 404);
        owner.api().patch("/api/" + workspace + "/automations/" + id, Map.of("enabled", true));
        assertThat(anonymous().post("/api/hooks/" + id + "/" + rotated, Map.of("order", 1)).status()).isEqualTo(202);
    }

    @Test
    void inputThatBreaksTheTriggersInputSchemaIsRefusedWithPaths() {
        JsonNode hooked = automation("trigger.webhook");
        String hook = pathOf(hooked.get("webhook").get("url").asString());
        assertThat(detailPaths(assertError(anonymous().post(hook, Map.of("order", "many")), 400)))
                .containsExactly("input.order");
        assertThat(detailPaths(assertError(anonymous().post(hook, Map.of()), 400))).containsExactly("input.order");

        JsonNode manual = automation("trigger.manual");
        String runs = "/api/" + workspace + "/automations/" + manual.get("id").asString() + "/runs";
        assertThat(detailPaths(assertError(owner.api().post(runs, Map.of("input", Map.of("order", 0))), 400)))
                .containsExactly("input.order");
        assertThat(owner.api().post(runs, Map.of("input", Map.of("order", 3))).status()).isEqualTo(202);
    }

    private static String pathOf(String url) {
        return java.net.URI.create(url).getPath();
    }
}
