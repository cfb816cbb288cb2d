package io.skillify.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.realtime.adapter.out.pusher.testing.FakePusher;
import io.skillify.support.Api;
import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import io.skillify.support.RunningServer;
import io.skillify.support.TestDatabase;
import io.skillify.support.TestPusher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Pusher down or hanging never reaches the API: requests neither fail nor wait for it, and every event is delivered
 * once it is back, a server restart in between included (the outbox keeps them).
 */
class PusherOutageTest extends IntegrationTest {

    private static final Duration HANG = Duration.ofSeconds(30);
    private static final int CLIENTS = 4;
    private static final int MAX_TASKS = 600;

    private final FakePusher pusher = TestPusher.get();

    @DynamicPropertySource
    static void pusher(DynamicPropertyRegistry registry) {
        TestPusher.register(registry);
    }

    @AfterEach
    void pusherBack() {
        pusher.normal();
    }

    @Test
    void aPusherHangingForThirtySecondsUnderLoad_failsAndHoldsNoRequest_andEveryEventArrivesOnceItIsBack()
            throws Exception {
        Caller owner = newAccount("outage-load");
        UUID workspace = newWorkspace(owner);
        Instant hangEnds = Instant.now().plus(HANG);
        pusher.hang(HANG);

        Set<String> tasks = ConcurrentHashMap.newKeySet();
        List<String> problems = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<List<String>>> load = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                load.add(clients.submit(() -> createWhileHanging(owner.api(), workspace, hangEnds, tasks)));
            }
            for (Future<List<String>> each : load) {
                problems.addAll(each.get());
            }
        }

        assertThat(problems).as("every request answered at once, while Pusher still hung").isEmpty();
        assertThat(tasks).hasSizeGreaterThan(CLIENTS);
        assertThat(pusher.requests()).as("the publisher did try Pusher meanwhile").isPositive();

        pusher.normal();
        await("every task:created, once Pusher is back").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(announcedTasks(workspace)).containsAll(tasks));
    }

    private Set<String> announcedTasks(UUID workspace) {
        return pusher.eventsOn("workspace-" + workspace).stream().filter(event -> event.name().equals("task:created"))
                .map(event -> event.data().get("taskId").asString()).collect(Collectors.toSet());
    }

    /**
     * Creates tasks (at most {@link #MAX_TASKS} in all), then reads the task list, until Pusher is about to stop
     * hanging; names each request that failed or was answered only after that.
     */
    private static List<String> createWhileHanging(Api api, UUID workspace, Instant hangEnds, Set<String> tasks) {
        List<String> problems = new ArrayList<>();
        while (Instant.now().isBefore(hangEnds.minusSeconds(3))) {
            ApiResponse answer = tasks.size() < MAX_TASKS
                    ? api.post("/api/tasks", Map.of("workspaceId", workspace.toString(), "title", "under load"))
                    : api.get("/api/tasks?workspaceId=" + workspace + "&limit=5");
            Instant answered = Instant.now();
            if (answer.status() == 201) {
                tasks.add(answer.json().get("id").asString());
            } else if (answer.status() != 200) {
                problems.add("answered " + answer);
            }
            if (!answered.isBefore(hangEnds)) {
                problems.add("a request was answered only after Pusher stopped hanging");
            }
        }
        return problems;
    }

    @Test
    void eventsOfAServerStoppedWhilePusherWasDown_areDeliveredAfterItsRestart() {
        TestDatabase db = TestDatabase.get();
        Map<String, Object> properties = new HashMap<>(TestPusher.properties());
        properties.putAll(Map.of("spring.datasource.url", db.freshDatabase(),
                "spring.datasource.username", db.username(), "spring.datasource.password", db.password(),
                "skillify.bootstrap-api-key", ADMIN_KEY, "skillify.rate-limit-per-minute", 1_000_000));
        pusher.failWith(503);
        String workspace;
        List<String> tasks = new ArrayList<>();
        try (RunningServer server = RunningServer.start(properties)) {
            Api api = server.api(ADMIN_KEY);
            workspace = api.post("/api/workspaces", Map.of("name", "restart")).data().get("id").asString();
            for (int i = 0; i < 20; i++) {
                ApiResponse created = api.post("/api/tasks", Map.of("workspaceId", workspace, "title", "kept " + i));
                assertThat(created.status()).as(created.toString()).isEqualTo(201);
                tasks.add(created.json().get("id").asString());
            }
        }
        assertThat(pusher.eventsOn("workspace-" + workspace)).as("nothing got through while Pusher failed").isEmpty();

        pusher.normal();
        try (RunningServer restarted = RunningServer.start(properties)) {
            await("every task:created, after the restart").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .untilAsserted(() -> assertThat(announcedTasks(UUID.fromString(workspace))).containsAll(tasks));
        }
    }
}
