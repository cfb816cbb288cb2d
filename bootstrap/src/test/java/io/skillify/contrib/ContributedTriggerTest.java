package io.skillify.contrib;

import static io.skillify.support.Flows.chain;
import static io.skillify.support.Flows.node;
import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A trigger kind added as one class ({@link IntervalTrigger}, outside the server's packages for triggers) is in the
 * catalog, is validated when a flow is saved, and fires runs on its timer, labelled as it says.
 */
class ContributedTriggerTest extends IntegrationTest {

    @Test
    void theCatalogListsTheContributedTrigger() {
        JsonNode interval = newAccount("interval-reader").api().get("/api/node-types").data().valueStream()
                .filter(type -> type.get("type").asString().equals("trigger.interval")).findFirst().orElseThrow();

        assertThat(interval.get("category").asString()).isEqualTo("trigger");
        assertThat(interval.get("dataSchema").get("required").get(0).asString()).isEqualTo("every");
    }

    @Test
    void aFlowWithBadDataForTheContributedTriggerIsRefused() {
        Caller owner = newAccount("interval-typo");
        UUID workspace = newWorkspace(owner);

        ApiResponse refused = owner.api().post("/api/" + workspace + "/automations", Map.of("name", "typo",
                "flow", chain(node("tick", "trigger.interval", Map.of("every", "soon")))));

        assertThat(detailPaths(assertError(refused, 400))).containsExactly("nodes[0].data.every");
    }

    @Test
    void theContributedTimerTriggerFiresRunsWithItsInputAndLabel() {
        Caller owner = newAccount("interval-owner");
        UUID workspace = newWorkspace(owner);
        ApiResponse created = owner.api().post("/api/" + workspace + "/automations", Map.of("name", "every second",
                "flow", chain(node("tick", "trigger.interval", Map.of("every", "1s", "input", Map.of("from", "timer"))),
                        node("log", "notify.log", Map.of("message", "tick from {{input.from}}")))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String runs = "/api/" + workspace + "/automations/" + created.data().get("id").asString() + "/runs";

        await().atMost(Duration.ofSeconds(20))
                .until(() -> owner.api().get(runs).data().size() >= 2);

        JsonNode run = owner.api().get(runs).data().get(0);
        assertThat(run.get("trigger").asString()).isEqualTo("interval");
        assertThat(run.get("input").get("from").asString()).isEqualTo("timer");
    }
}
