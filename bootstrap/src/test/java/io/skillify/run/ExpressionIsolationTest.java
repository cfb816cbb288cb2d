package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The done-when test of §9 "Expressions": while eight runs of one tenant evaluate expressions that never end, on
 * a server whose two expression threads are therefore busy at full CPU, health checks and another tenant's reads
 * keep answering. The time limit is raised to 6s here only so that the hostile runs stay in flight long enough to
 * be observed; the limit itself is {@link ExpressionLimitsTest}'s subject.
 */
class ExpressionIsolationTest extends IntegrationTest {

    private static final String NEVER_ENDS = "($f := function($n){ $f($n + 1) }; $f(0))";

    @DynamicPropertySource
    static void longerLimit(DynamicPropertyRegistry registry) {
        registry.add("skillify.expression.timeout", () -> "6s");
        registry.add("skillify.expression.threads", () -> 2);
    }

    @Test
    void healthAndAnotherTenantsReadsKeepAnsweringWhileEightHostileRunsAreEvaluated() {
        Caller hostile = newAccount("expr-hostile");
        UUID hostileWorkspace = newWorkspace(hostile);
        ApiResponse created = hostile.api().post("/api/" + hostileWorkspace + "/automations", Map.of("name", "hostile",
                "flow", Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("calc", "data.transform", Map.of("set", Map.of("loop", NEVER_ENDS)))),
                        "edges", List.of(edge("e1", "start", "calc", null)))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String automation = created.data().get("id").asString();
        Caller neighbour = newAccount("expr-neighbour");
        UUID neighbourWorkspace = newWorkspace(neighbour);

        List<String> runs = new ArrayList<>();
        for (int run = 0; run < 8; run++) {
            ApiResponse started = hostile.api().post("/api/" + hostileWorkspace + "/automations/" + automation
                    + "/runs", Map.of("input", Map.of()));
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            runs.add(started.data().get("id").asString());
        }

        int answeredInFlight = 0;
        for (int probe = 0; probe < 200 && answeredInFlight < 5 && anyInFlight(hostile, hostileWorkspace, runs); probe++) {
            assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
            assertThat(neighbour.api().get("/api/" + neighbourWorkspace + "/automations").status()).isEqualTo(200);
            if (anyInFlight(hostile, hostileWorkspace, runs)) {
                answeredInFlight++;
            }
        }
        assertThat(answeredInFlight).as("health and the neighbour's reads answered while the hostile runs were "
                + "still being evaluated").isEqualTo(5);

        for (String run : runs) {
            JsonNode ended = awaitEnd(hostile.api(), hostileWorkspace, run, Duration.ofSeconds(60));
            assertThat(ended.get("status").asString()).isEqualTo("failed");
            assertThat(ended.get("steps").valueStream().filter(step -> step.get("nodeId").asString().equals("calc"))
                    .findFirst().orElseThrow().get("error").asString()).contains("node 'calc'").contains("6s time limit");
        }
    }

    private static boolean anyInFlight(Caller owner, UUID workspace, List<String> runs) {
        return runs.stream().map(run -> owner.api().get("/api/" + workspace + "/runs/" + run).data()
                .get("status").asString()).anyMatch(status -> List.of("queued", "running").contains(status));
    }
}
