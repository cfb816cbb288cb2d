package io.skillify.worker;

import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where the contract wants an integer, a fraction or a number beyond the field's range is a 400 naming the field. */
class IntegerFieldsTest extends IntegrationTest {

    private ApiResponse raw(Caller caller, String method, String path, String body) {
        HttpRequest request = caller.api().request(path)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build();
        return caller.api().exchange(request);
    }

    private void refusedNaming(ApiResponse answer, String field) {
        assertError(answer, 400);
        assertThat(detailPaths(answer)).as(answer.toString()).containsExactly(field);
        assertThat(answer.error()).as(answer.toString()).contains(field).doesNotContain("Malformed");
    }

    @Test
    void aFractionalProgressIsRefusedNotTruncated() {
        Caller bot = newAccount("fraction-reporter");
        UUID workspace = newWorkspace(bot);
        WorkerProtocolTest.createTask(bot, workspace, "x", 0, List.of());
        String worker = "/api/workers/" + WorkerProtocolTest.claim(bot, Map.of()).getFirst().get("id").asString();

        refusedNaming(raw(bot, "PATCH", worker, "{\"progress\":50.5}"), "progress");
        refusedNaming(raw(bot, "PATCH", worker, "{\"turns\":4294967296}"), "turns");
        refusedNaming(raw(bot, "PATCH", worker, "{\"progress\":99999999999999999999999}"), "progress");

        assertThat(bot.api().get(worker).json().get("progress").asInt()).as("nothing was applied").isZero();
    }

    @Test
    void aFractionalOrOutOfRangePriorityIsRefused() {
        Caller owner = newAccount("fraction-author");
        String ws = newWorkspace(owner).toString();

        refusedNaming(raw(owner, "POST", "/api/tasks",
                "{\"workspaceId\":\"" + ws + "\",\"title\":\"t\",\"priority\":1.5}"), "priority");
        refusedNaming(raw(owner, "POST", "/api/tasks",
                "{\"workspaceId\":\"" + ws + "\",\"title\":\"t\",\"priority\":4294967296}"), "priority");
        assertThat(owner.api().get("/api/tasks?workspaceId=" + ws).json().get("tasks")).as("nothing was stored")
                .isEmpty();
    }

    @Test
    void aFractionalOrOutOfRangeMaxTasksIsRefused() {
        Caller bot = newAccount("fraction-claimer");
        UUID workspace = newWorkspace(bot);
        WorkerProtocolTest.createTask(bot, workspace, "x", 0, List.of());

        refusedNaming(raw(bot, "POST", "/api/workers/claim", "{\"maxTasks\":2.5}"), "maxTasks");
        refusedNaming(raw(bot, "POST", "/api/workers/claim", "{\"maxTasks\":-9999999999}"), "maxTasks");
        assertThat(WorkerProtocolTest.claim(bot, Map.of())).as("the task was not claimed meanwhile").hasSize(1);
    }
}
