package io.skillify.worker;

import static io.skillify.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A worker whose workspace was deleted under it learns to stop (409 {@code abort}), as any ended worker does. */
class DeletedWorkspaceWorkerTest extends IntegrationTest {

    @Test
    void aDeletedWorkspacesWorkerIsToldToAbort() {
        Caller owner = newAccount("doomed-owner");
        UUID workspace = newWorkspace(owner);
        WorkerProtocolTest.createTask(owner, workspace, "doomed", 0, List.of());
        String worker = "/api/workers/" + WorkerProtocolTest.claim(owner, Map.of()).getFirst().get("id").asString();
        assertThat(owner.api().patch(worker, Map.of("status", "running")).status()).isEqualTo(200);

        assertThat(owner.api().delete("/api/" + workspace).status()).isEqualTo(200);

        ApiResponse answer = assertError(owner.api().patch(worker, Map.of("progress", 50)), 409);
        assertThat(answer.json().get("abort").asBoolean()).isTrue();
        assertThat(answer.json().get("reason").asString()).isEqualTo("workspace deleted");
        assertError(owner.api().patch("/api/workers/" + UUID.randomUUID(), Map.of("progress", 1)), 404);
    }
}
