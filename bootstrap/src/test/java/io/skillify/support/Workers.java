package io.skillify.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The worker protocol's claim, as a test's worker waits for a task a run step is about to create. */
public final class Workers {

    private Workers() {
    }

    /** Claims with {@code body} until at least one worker comes back (at most ten seconds); the workers claimed. */
    public static List<JsonNode> awaitClaim(Api api, Map<String, Object> body) {
        return await("a task to claim with " + body).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(25))
                .until(() -> api.post("/api/workers/claim", body).json().get("workers").valueStream().toList(),
                        claimed -> !claimed.isEmpty());
    }

    /** The task of run {@code runId} in the workspace's task list, once the run's step has created it. */
    public static JsonNode awaitTaskOfRun(Api api, Object workspace, String runId) {
        return await("a task of run " + runId).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> api.get("/api/tasks?workspaceId=" + workspace).json().get("tasks").valueStream()
                        .filter(task -> runId.equals(task.get("runId").asString())).findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }
}
