package io.skillify.worker;

import static io.skillify.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Leases of 2 s: a silent worker is failed, its task goes back for another claim, and fails after 3 attempts. */
class LeaseExpiryTest extends IntegrationTest {

    @DynamicPropertySource
    static void shortLeases(DynamicPropertyRegistry registry) {
        registry.add("skillify.workers.lease", () -> "2s");
        registry.add("skillify.workers.reaper-interval", () -> "200ms");
    }

    @Test
    void aSilentWorkerIsFailedItsTaskReclaimedAndFailedAfterThreeAttempts() throws Exception {
        Caller bot = newAccount("forgetful");
        UUID workspace = newWorkspace(bot);
        String taskId = WorkerProtocolTest.createTask(bot, workspace, "flaky", 0, List.of());

        for (int attempt = 1; attempt <= 3; attempt++) {
            List<tools.jackson.databind.JsonNode> claimed = WorkerProtocolTest.claim(bot, Map.of());
            assertThat(claimed).as("attempt " + attempt).hasSize(1);
            assertThat(claimed.getFirst().get("taskId").asString()).isEqualTo(taskId);
            String worker = "/api/workers/" + claimed.getFirst().get("id").asString();
            assertThat(bot.api().patch(worker, Map.of("status", "running")).status()).isEqualTo(200);

            await(() -> bot.api().get(worker).json().get("status").asString().equals("failed"), Duration.ofSeconds(6));
            assertThat(bot.api().get(worker).json().get("error").asString()).isEqualTo("lease expired");
            ApiResponse late = bot.api().patch(worker, Map.of("status", "completed"));
            assertError(late, 409);
            assertThat(late.json().get("abort").asBoolean()).isTrue();
            assertThat(late.json().get("reason").asString()).isEqualTo("lease expired");
        }
        assertThat(WorkerProtocolTest.taskStatus(bot, workspace, taskId)).isEqualTo("failed");
        assertThat(WorkerProtocolTest.claim(bot, Map.of())).isEmpty();
    }

    @Test
    void reportsAndHeartbeatsKeepAWorkerAlivePastItsFirstLease() throws Exception {
        Caller bot = newAccount("diligent");
        UUID workspace = newWorkspace(bot);
        String taskId = WorkerProtocolTest.createTask(bot, workspace, "long", 0, List.of());
        String worker = "/api/workers/" + WorkerProtocolTest.claim(bot, Map.of()).getFirst().get("id").asString();
        Instant end = Instant.now().plusSeconds(5);
        AtomicBoolean heartbeat = new AtomicBoolean();
        // a report or a heartbeat every 700 ms (each well inside a lease) for five seconds (several leases)
        Awaitility.await("five seconds of reports and heartbeats").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(700)).until(() -> {
                    ApiResponse alive = heartbeat.getAndSet(!heartbeat.get())
                            ? bot.api().post("/api/workers/heartbeat", Map.of())
                            : bot.api().patch(worker, Map.of("status", "running"));
                    assertThat(alive.status()).as(alive.toString()).isEqualTo(200);
                    return Instant.now().isAfter(end);
                });
        assertThat(bot.api().patch(worker, Map.of("status", "completed")).status()).isEqualTo(200);
        assertThat(WorkerProtocolTest.taskStatus(bot, workspace, taskId)).isEqualTo("completed");
    }

    static void await(Supplier<Boolean> condition, Duration timeout) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(condition::get);
    }
}
