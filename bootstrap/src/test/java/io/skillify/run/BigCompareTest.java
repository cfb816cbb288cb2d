package io.skillify.run;

import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import io.skillify.support.Workers;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Comparing runs whose outputs are large arrays answers (a linear diff; the quadratic one would not return). */
class BigCompareTest extends IntegrationTest {

    @Test
    void twoRunsWithFiftyThousandDifferingItemsAreCompared() throws InterruptedException {
        Caller member = newAccount("big-compare");
        UUID workspace = newWorkspace(member);
        String automation = member.api().post("/api/" + workspace + "/automations", Map.of("name", "big",
                "flow", Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("work", "worker.task", Map.of("title", "produce"))),
                        "edges", List.of(edge("e1", "start", "work", null))))).data().get("id").asString();

        String base = runWithWorkerOutput(member, workspace, automation,
                IntStream.range(0, 50_000).mapToObj(i -> "base-" + i).toList());
        String head = runWithWorkerOutput(member, workspace, automation,
                IntStream.range(0, 50_000).mapToObj(i -> "head-" + (50_000 - i)).toList());

        HttpRequest request = member.api().request("/api/" + workspace + "/runs/compare?base=" + base + "&head=" + head)
                .timeout(Duration.ofSeconds(30)).GET().build();
        ApiResponse compared = member.api().exchange(request);
        assertThat(compared.status()).as(compared.raw().substring(0, Math.min(500, compared.raw().length())))
                .isEqualTo(200);
        JsonNode work = compared.data().get("steps").valueStream()
                .filter(step -> step.get("nodeId").asString().equals("work")).findFirst().orElseThrow();
        assertThat(work.get("outputDiff").size()).isEqualTo(50_000);
        assertThat(work.get("outputDiff").get(0).toString())
                .isEqualTo("{\"op\":\"replace\",\"path\":\"/items/0\",\"value\":\"head-50000\"}");
    }

    /** Waits on the run's small log rather than fetching its large outputs again and again. */
    private static void awaitLogLine(Caller member, UUID workspace, String runId, String line)
            throws InterruptedException {
        await("run " + runId + " logs '" + line + "'").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> member.api().get("/api/" + workspace + "/runs/" + runId + "/logs").raw().contains(line));
    }

    private String runWithWorkerOutput(Caller member, UUID workspace, String automation, List<String> items)
            throws InterruptedException {
        String runId = member.api().post("/api/" + workspace + "/automations/" + automation + "/runs",
                Map.of("input", Map.of())).data().get("id").asString();
        List<JsonNode> claimed = Workers.awaitClaim(member.api(), Map.of("workspaceId", workspace.toString()));
        assertThat(claimed).hasSize(1);
        ApiResponse done = member.api().patch("/api/workers/" + claimed.getFirst().get("id").asString(),
                Map.of("status", "completed", "output", Map.of("items", items)));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        awaitLogLine(member, workspace, runId, "Run succeeded");
        return runId;
    }
}
