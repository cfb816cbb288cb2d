package io.skillify.run;

import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.assertNoLeak;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract §9: a cron that never fires, or fires more often than the minimum interval (default 1m), is a 400. */
class ScheduleValidationTest extends IntegrationTest {

    private Caller owner;
    private String automations;

    @BeforeEach
    void workspace() {
        owner = newAccount("cron-checker");
        UUID workspace = newWorkspace(owner);
        automations = "/api/" + workspace + "/automations";
    }

    private static Map<String, Object> flow(String cron) {
        return Map.of("nodes", List.of(node("tick", "trigger.schedule", Map.of("cron", cron)),
                        node("log", "notify.log", Map.of("message", "tick"))),
                "edges", List.of(edge("e1", "tick", "log", null)));
    }

    private ApiResponse create(String cron) {
        return owner.api().post(automations, Map.of("name", "cron " + cron, "flow", flow(cron)));
    }

    @Test
    void cronsThatNeverFireAreRefusedOnSave() {
        for (String cron : List.of("0 0 0 30 2 ?", "0 0 31 2 *", "0 0 0 31W * ?")) {
            ApiResponse refused = assertError(create(cron), 400);
            assertThat(detailPaths(refused)).as(cron).containsExactly("nodes[0].data.cron");
            assertNoLeak(refused);
        }
    }

    @Test
    void cronsFiringMoreOftenThanOnceAMinuteAreRefusedOnSave() {
        for (String cron : List.of("* * * * * *", "*/10 * * * * *", "0,30 * * * * *")) {
            ApiResponse refused = assertError(create(cron), 400);
            assertThat(detailPaths(refused)).as(cron).containsExactly("nodes[0].data.cron");
            assertThat(refused.raw()).contains("fires more often than once every 1m");
        }
    }

    @Test
    void aNewFlowVersionIsCheckedTheSameWay() {
        String automation = automations + "/" + create("*/15 * * * *").data().get("id").asString();
        ApiResponse refused = assertError(owner.api().put(automation + "/flow", Map.of("flow", flow("* * * * * *"))),
                400);
        assertThat(detailPaths(refused)).containsExactly("nodes[0].data.cron");
    }

    @Test
    void everyFiveFieldCronAndSlowerSixFieldCronsAreAccepted() {
        for (String cron : List.of("* * * * *", "0,1 * * * *", "0 9 * * MON-FRI", "0 * * * * *", "0 0 0 29 2 ?")) {
            assertThat(create(cron).status()).as(cron).isEqualTo(201);
        }
    }
}
