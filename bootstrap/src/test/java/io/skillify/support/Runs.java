package io.skillify.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Starting runs over HTTP and waiting for their end, for tests in any package (node-type authors' tests). */
public final class Runs {

    private static final List<String> ENDED = List.of("succeeded", "failed", "cancelled");

    private Runs() {
    }

    /** Starts a run of the automation's current flow with {@code input} (null: none) and returns its id. */
    public static String start(Api api, UUID workspace, String automation, Object input) {
        ApiResponse started = api.post("/api/" + workspace + "/automations/" + automation + "/runs",
                input == null ? Map.of() : Map.of("input", input));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return started.data().get("id").asString();
    }

    /** The run once it has ended (succeeded, failed or cancelled), waiting at most {@code within}. */
    public static JsonNode awaitEnd(Api api, UUID workspace, String run, Duration within) {
        return await().atMost(within).pollInterval(Duration.ofMillis(25))
                .until(() -> api.get("/api/" + workspace + "/runs/" + run).data(),
                        found -> ENDED.contains(found.get("status").asString()));
    }

    /** The step of {@code nodeId} in a run as the API shows it. */
    public static JsonNode step(JsonNode run, String nodeId) {
        return run.get("steps").valueStream().filter(step -> step.get("nodeId").asString().equals(nodeId))
                .findFirst().orElseThrow();
    }
}
