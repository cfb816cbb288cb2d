package io.skillify.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Claims under load, over HTTP: no task is handed out twice, and no account passes its worker limit. */
class ConcurrentClaimsTest extends IntegrationTest {

    private Caller accountWithLimit(String name, int limit) {
        ApiResponse created = admin().post("/api/accounts", Map.of("name", name, "maxConcurrentWorkers", limit));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String key = created.data().get("apiKey").asString();
        return new Caller(UUID.fromString(created.data().get("id").asString()), name, key, admin().as(key));
    }

    @Test
    void thirtyTwoClaimersOverTwoThousandTasksHandEachTaskOutExactlyOnce() throws Exception {
        Caller owner = newAccount("queue-owner");
        UUID workspace = newWorkspace(owner);
        List<Caller> claimers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Caller claimer = accountWithLimit("claimer-" + i, 1000);
            addMember(owner, workspace, claimer, "member");
            claimers.add(claimer);
        }
        int tasks = 2000;
        try (var pool = Executors.newFixedThreadPool(16)) {
            List<Future<?>> creations = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                int n = i;
                creations.add(pool.submit(() -> assertThat(owner.api().post("/api/tasks", Map.of(
                        "workspaceId", workspace.toString(), "title", "task " + n, "priority", n % 7)).status())
                        .isEqualTo(201)));
            }
            for (Future<?> creation : creations) {
                creation.get();
            }
        }

        Map<String, String> workerOfTask = new ConcurrentHashMap<>();
        List<String> duplicates = new CopyOnWriteArrayList<>();
        AtomicInteger handed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(32)) {
            List<Future<?>> loops = new ArrayList<>();
            for (int c = 0; c < 32; c++) {
                Caller claimer = claimers.get(c % claimers.size());
                loops.add(pool.submit(() -> {
                    start.await();
                    while (true) {
                        ApiResponse claimed = claimer.api().post("/api/workers/claim",
                                Map.of("workspaceId", workspace.toString(), "maxTasks", 3));
                        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
                        List<JsonNode> workers = claimed.json().get("workers").valueStream().toList();
                        if (workers.isEmpty()) {
                            return null;
                        }
                        for (JsonNode worker : workers) {
                            handed.incrementAndGet();
                            if (workerOfTask.putIfAbsent(worker.get("taskId").asString(),
                                    worker.get("id").asString()) != null) {
                                duplicates.add(worker.get("taskId").asString());
                            }
                            ApiResponse done = claimer.api().patch("/api/workers/" + worker.get("id").asString(),
                                    Map.of("status", "completed"));
                            assertThat(done.status()).as(done.toString()).isEqualTo(200);
                        }
                    }
                }));
            }
            start.countDown();
            for (Future<?> loop : loops) {
                loop.get();
            }
        }

        assertThat(duplicates).as("tasks handed out twice").isEmpty();
        assertThat(handed.get()).isEqualTo(tasks);
        assertThat(workerOfTask).hasSize(tasks);
        assertThat(owner.api().get("/api/tasks?workspaceId=" + workspace + "&status=pending").json().get("tasks"))
                .isEmpty();
    }

    @Test
    void twentyParallelClaimsNeverGiveAnAccountMoreThanItsThreeWorkers() throws Exception {
        Caller owner = newAccount("limit-owner");
        UUID workspace = newWorkspace(owner);
        Caller bot = accountWithLimit("three-max", 3);
        addMember(owner, workspace, bot, "member");
        for (int i = 0; i < 30; i++) {
            WorkerProtocolTest.createTask(owner, workspace, "t" + i, 0, List.of());
        }
        List<ApiResponse> answers = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(20)) {
            List<Future<?>> claims = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                claims.add(pool.submit(() -> {
                    start.await();
                    answers.add(bot.api().post("/api/workers/claim", Map.of("maxTasks", 2)));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> claim : claims) {
                claim.get();
            }
        }

        int workers = answers.stream().filter(a -> a.status() == 200)
                .mapToInt(a -> a.json().get("workers").size()).sum();
        assertThat(workers).isEqualTo(3);
        assertThat(bot.api().get("/api/workers/mine").json().get("workers")).hasSize(3);
        List<ApiResponse> refused = answers.stream().filter(a -> a.status() == 429).toList();
        assertThat(refused).isNotEmpty();
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(200, 429));
        assertThat(refused).allSatisfy(a -> {
            assertThat(a.json().get("limit").asInt()).isEqualTo(3);
            assertThat(a.json().get("current").asInt()).isEqualTo(3);
        });
        Set<String> distinct = ConcurrentHashMap.newKeySet();
        answers.stream().filter(a -> a.status() == 200).flatMap(a -> a.json().get("workers").valueStream())
                .forEach(w -> assertThat(distinct.add(w.get("taskId").asString())).isTrue());
    }
}
