package io.skillify.worker;

import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.assertNoLeak;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Whatever a worker or a client sends to the worker routes, a mistake is a 4xx in the contract's shape. */
class WorkerInputErrorsTest extends IntegrationTest {

    private ApiResponse raw(Caller caller, String method, String path, String body) {
        HttpRequest request = caller.api().request(path)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build();
        return caller.api().exchange(request);
    }

    @Test
    void malformedClaimsAre400() {
        Caller bot = newAccount("sloppy-claimer");
        for (String body : List.of("{\"maxTasks\":0}", "{\"maxTasks\":51}", "{\"maxTasks\":\"many\"}",
                "{\"capabilities\":\"shell\"}", "{\"capabilities\":[\"has space\"]}", "{\"workspaceId\":\"nope\"}",
                "{not json", "[]")) {
            ApiResponse answer = raw(bot, "POST", "/api/workers/claim", body);
            assertError(answer, 400);
            assertNoLeak(answer);
        }
    }

    @Test
    void malformedReportsAre400AndUnknownWorkersAre404() {
        Caller bot = newAccount("sloppy-reporter");
        UUID workspace = newWorkspace(bot);
        WorkerProtocolTest.createTask(bot, workspace, "x", 0, List.of());
        String worker = "/api/workers/" + WorkerProtocolTest.claim(bot, Map.of()).getFirst().get("id").asString();
        for (String body : List.of("{\"progress\":\"half\"}", "{\"progress\":-1}", "{\"costUsd\":-0.5}",
                "{\"turns\":-2}", "{\"status\":5}", "{\"status\":\"sleeping\"}", "{\"milestones\":[{}]}",
                "{\"milestones\":[{\"label\":\"x\",\"timestamp\":\"yesterday\"}]}", "{\"output\":\"text\"}",
                "{\"output\":[1,2]}", "{\"currentAction\":\"" + "x".repeat(3000) + "\"}", "{oops")) {
            ApiResponse answer = raw(bot, "PATCH", worker, body);
            assertError(answer, 400);
            assertNoLeak(answer);
        }
        assertThat(bot.api().get(worker).json().get("status").asString()).as("nothing was applied").isEqualTo("idle");
        assertError(bot.api().patch("/api/workers/" + UUID.randomUUID(), Map.of("progress", 1)), 404);
        assertError(bot.api().get("/api/workers/not-a-uuid"), 404);
        assertError(raw(bot, "POST", worker + "/cmd", "{}"), 400);
        assertError(raw(bot, "POST", "/api/workers/" + UUID.randomUUID() + "/cmd", "{\"action\":\"pause\"}"), 404);
        assertError(bot.api().get("/api/workers/mine?status=sleeping"), 400);
    }

    @Test
    void malformedTasksAre400() {
        Caller owner = newAccount("sloppy-author");
        UUID workspace = newWorkspace(owner);
        String ws = workspace.toString();
        for (String body : List.of("{\"workspaceId\":\"" + ws + "\"}", "{\"workspaceId\":\"" + ws + "\",\"title\":\"\"}",
                "{\"workspaceId\":\"" + ws + "\",\"title\":123}",
                "{\"workspaceId\":\"" + ws + "\",\"title\":\"t\",\"priority\":\"high\"}",
                "{\"workspaceId\":\"" + ws + "\",\"title\":\"t\",\"context\":[]}",
                "{\"workspaceId\":\"" + ws + "\",\"title\":\"t\",\"requiredCapabilities\":[\"\"]}",
                "{\"workspaceId\":\"" + ws + "\",\"title\":\"" + "t".repeat(501) + "\"}",
                "{\"workspaceId\":\"not-a-uuid\",\"title\":\"t\"}", "{\"title\":\"t\"}")) {
            ApiResponse answer = raw(owner, "POST", "/api/tasks", body);
            assertError(answer, 400);
            assertNoLeak(answer);
        }
        assertError(owner.api().get("/api/tasks?status=sleeping"), 400);
        assertError(owner.api().get("/api/tasks?workspaceId=nope"), 400);
        assertError(owner.api().get("/api/tasks?limit=0"), 400);
        assertError(owner.api().get("/api/tasks?offset=garbage"), 400);
        assertError(owner.api().post("/api/tasks/" + UUID.randomUUID() + "/cancel", null), 404);
        assertError(owner.api().post("/api/tasks/not-a-uuid/cancel", null), 404);
        assertThat(owner.api().get("/api/tasks?workspaceId=" + ws).json().get("tasks")).as("nothing was stored")
                .isEmpty();
    }

    @Test
    void noCredentialsIs401() {
        ApiResponse answer = anonymous().post("/api/workers/claim", Map.of());
        assertError(answer, 401);
        assertThat(URI.create(baseUrl())).isNotNull();
    }
}
