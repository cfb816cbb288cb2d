package io.skillify.contrib;

import static io.skillify.support.Flows.chain;
import static io.skillify.support.Flows.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import io.skillify.support.Runs;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The engine bounds every attempt of every node type, even one that never gives up by itself ({@link StallingNode}). */
class AttemptTimeLimitTest extends IntegrationTest {

    @Test
    void aStepThatOutlivesItsTimeoutMsIsInterruptedAndFailsSayingWhichLimit() {
        Caller owner = newAccount("stall-owner");
        UUID workspace = newWorkspace(owner);
        Map<String, Object> stall = Map.of("timeoutMs", 200);
        JsonNode run = runOf(owner, workspace, stall);

        assertThat(run.get("status").asString()).isEqualTo("failed");
        assertThat(Runs.step(run, "stall").get("error").asString())
                .isEqualTo("the attempt did not finish within its time limit of 200 ms (the node's timeoutMs)");
    }

    @Test
    void withoutTimeoutMsTheTypesDefaultTimeoutBoundsTheAttempt() {
        Caller owner = newAccount("stall-default");
        UUID workspace = newWorkspace(owner);
        JsonNode run = runOf(owner, workspace, Map.of());

        assertThat(Runs.step(run, "stall").get("error").asString())
                .isEqualTo("the attempt did not finish within its time limit of 2000 ms (the node type's default "
                        + "timeout)");
    }

    private JsonNode runOf(Caller owner, UUID workspace, Map<String, Object> stallData) {
        ApiResponse created = owner.api().post("/api/" + workspace + "/automations", Map.of("name", "stall",
                "flow", chain(node("start", "trigger.manual", Map.of()), node("stall", "test.stall", stallData))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String run = Runs.start(owner.api(), workspace, created.data().get("id").asString(), null);
        return Runs.awaitEnd(owner.api(), workspace, run, Duration.ofSeconds(20));
    }
}
