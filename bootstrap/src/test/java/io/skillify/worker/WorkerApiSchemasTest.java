package io.skillify.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every worker and task route documents a typed JSON answer in {@code /v3/api-docs}, so a client generated from the
 * document knows the fields it reads (issue 12, point 2).
 */
class WorkerApiSchemasTest extends IntegrationTest {

    private static final List<String[]> ROUTES = List.of(
            new String[] {"/api/tasks", "post", "201"},
            new String[] {"/api/tasks", "get", "200"},
            new String[] {"/api/tasks/{taskId}", "get", "200"},
            new String[] {"/api/tasks/{taskId}/reassign", "post", "200"},
            new String[] {"/api/tasks/{taskId}/cancel", "post", "200"},
            new String[] {"/api/workers/claim", "post", "200"},
            new String[] {"/api/workers/mine", "get", "200"},
            new String[] {"/api/workers/heartbeat", "post", "200"},
            new String[] {"/api/workers/{workerId}", "get", "200"},
            new String[] {"/api/workers/{workerId}", "patch", "200"},
            new String[] {"/api/workers/{workerId}/cmd", "post", "200"},
            new String[] {"/api/{workspaceId}/tasks", "post", "201"},
            new String[] {"/api/{workspaceId}/tasks", "get", "200"},
            new String[] {"/api/{workspaceId}/workers", "get", "200"});

    @Test
    void everyWorkerAndTaskRouteAnswersANamedJsonSchema() {
        JsonNode document = anonymous().get("/v3/api-docs").json();
        List<String> untyped = new ArrayList<>();
        for (String[] route : ROUTES) {
            JsonNode operation = document.path("paths").path(route[0]).path(route[1]);
            JsonNode schema = operation.path("responses").path(route[2]).path("content").path("application/json")
                    .path("schema");
            if (!schema.has("$ref")) {
                untyped.add(route[1] + " " + route[0] + " -> " + operation.path("responses"));
            }
        }
        assertThat(untyped).isEmpty();
    }

    @Test
    void aTaskAndAWorkerAnswerTheirFieldsAtTheTopLevelBesideSuccess() {
        JsonNode schemas = anonymous().get("/v3/api-docs").json().path("components").path("schemas");
        assertThat(names(schemas.path("TaskBody").path("properties")))
                .contains("success", "id", "workspaceId", "title", "status", "priority");
        assertThat(names(schemas.path("TaskDetailsBody").path("properties")))
                .contains("success", "id", "workspace", "worker");
        assertThat(names(schemas.path("WorkerReportBody").path("properties")))
                .contains("success", "id", "status", "summary", "waitingFor", "instructions");
        assertThat(names(schemas.path("TaskListBody").path("properties")))
                .contains("success", "tasks", "total", "pendingCount", "hasMore");
    }

    private static List<String> names(JsonNode properties) {
        return new ArrayList<>(properties.propertyNames());
    }
}
