package io.skillify.run;

import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static io.skillify.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** A server that takes three webhook calls per automation and minute. */
class WebhookRateLimitTest extends IntegrationTest {

    private static final int LIMIT = 3;

    @DynamicPropertySource
    static void lowWebhookLimit(DynamicPropertyRegistry registry) {
        registry.add("skillify.webhook-rate-limit-per-minute", () -> LIMIT);
    }

    private Caller owner;
    private UUID workspace;

    @BeforeEach
    void aWorkspace() {
        owner = newAccount("hook-owner");
        workspace = newWorkspace(owner);
    }

    private JsonNode hookedAutomation() {
        return owner.api().post("/api/" + workspace + "/automations", Map.of("name", "h-" + UUID.randomUUID(), "flow",
                Map.of("nodes", List.of(node("in", "trigger.webhook", Map.of()),
                                node("log", "notify.log", Map.of("message", "hooked"))),
                        "edges", List.of(edge("e1", "in", "log", null))))).data();
    }

    private static String hookPath(JsonNode automation) {
        return URI.create(automation.get("webhook").get("url").asString()).getPath();
    }

    @Test
    void aFloodedAutomationGets429WithRetryAfterWhileAnotherAutomationGoesOn() {
        String flooded = hookPath(hookedAutomation());
        String quiet = hookPath(hookedAutomation());

        for (int i = 1; i <= LIMIT; i++) {
            ApiResponse accepted = anonymous().post(flooded, Map.of("n", i));
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
            assertThat(accepted.header("RateLimit-Limit")).isEqualTo(Integer.toString(LIMIT));
            assertThat(accepted.header("RateLimit-Remaining")).isEqualTo(Integer.toString(LIMIT - i));
        }

        ApiResponse limited = assertError(anonymous().post(flooded, Map.of("n", 99)), 429, "Rate limit exceeded");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(limited.json().get("limit").asInt()).isEqualTo(LIMIT);
        assertThat(limited.json().get("current").asInt()).isEqualTo(LIMIT);
        assertThat(limited.json().get("runId")).isNull();

        assertThat(anonymous().post(quiet, Map.of("n", 1)).status()).isEqualTo(202);
    }

    @Test
    void callsWithWrongTokensSpendTheAutomationsBudgetToo() {
        JsonNode automation = hookedAutomation();
        String guessed = "/api/hooks/" + automation.get("id").asString() + "/" + "0".repeat(64);
        for (int i = 0; i < LIMIT; i++) {
            assertError(anonymous().post(guessed, Map.of()), 404);
        }
        assertError(anonymous().post(guessed, Map.of()), 429);
        assertError(anonymous().post(hookPath(automation), Map.of()), 429);
    }

    @Test
    void theRunsOfRefusedCallsAreNeverStarted() {
        JsonNode automation = hookedAutomation();
        String hook = hookPath(automation);
        for (int i = 0; i < LIMIT + 2; i++) {
            anonymous().post(hook, Map.of("n", i));
        }
        ApiResponse runs = owner.api().get("/api/" + workspace + "/automations/" + automation.get("id").asString()
                + "/runs");
        assertThat(runs.data().size()).isEqualTo(LIMIT);
    }
}
