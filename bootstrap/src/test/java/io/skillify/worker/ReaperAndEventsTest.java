package io.skillify.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.shared.domain.DomainEvent;
import io.skillify.support.IntegrationTest;
import io.skillify.worker.application.port.in.ExpireLeasesUseCase;
import io.skillify.worker.domain.event.TaskCancelled;
import io.skillify.worker.domain.event.TaskClaimed;
import io.skillify.worker.domain.event.TaskReassigned;
import io.skillify.worker.domain.event.WorkerCommanded;
import io.skillify.worker.domain.event.WorkerEnded;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The reaper run by many threads at once (as several instances would) handles each expired worker once; commands,
 * reassigns and cancels publish their domain events. Leases of 1 s, no background reaper: the test reaps.
 */
@Import(ReaperAndEventsTest.Recorder.class)
class ReaperAndEventsTest extends IntegrationTest {

    @DynamicPropertySource
    static void leases(DynamicPropertyRegistry registry) {
        registry.add("skillify.workers.lease", () -> "1s");
        registry.add("skillify.workers.reaper-interval", () -> "1h");
    }

    @TestConfiguration
    static class Recorder {
        final List<DomainEvent> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(DomainEvent event) {
            events.add(event);
        }
    }

    @Autowired
    ExpireLeasesUseCase reaper;

    @Autowired
    Recorder recorder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eightReapersAtOnceExpireEachWorkerExactlyOnce() throws Exception {
        Caller owner = newAccount("reaped-owner");
        UUID workspace = newWorkspace(owner);
        var created = admin().post("/api/accounts", Map.of("name", "reaped", "maxConcurrentWorkers", 100)).data();
        Caller bot = new Caller(UUID.fromString(created.get("id").asString()), "reaped",
                created.get("apiKey").asString(), admin().as(created.get("apiKey").asString()));
        addMember(owner, workspace, bot, "member");
        for (int i = 0; i < 60; i++) {
            WorkerProtocolTest.createTask(owner, workspace, "t" + i, 0, List.of());
        }
        List<String> workers = new ArrayList<>();
        while (workers.size() < 60) {
            WorkerProtocolTest.claim(bot, Map.of("maxTasks", 50)).forEach(w -> workers.add(w.get("id").asString()));
        }
        await("every lease of the bot's workers has run out").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.queryForObject("select count(*) from workers where account_id = ? and lease_until >= now()",
                        Long.class, bot.id()) == 0);

        CountDownLatch start = new CountDownLatch(1);
        int expired = 0;
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<Integer>> reapers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                reapers.add(pool.submit(() -> {
                    start.await();
                    int mine = 0;
                    for (int round = 0; round < 5; round++) {
                        mine += reaper.expireLeases();
                    }
                    return mine;
                }));
            }
            start.countDown();
            for (Future<Integer> one : reapers) {
                expired += one.get();
            }
        }

        assertThat(expired).as("expirations over all reapers").isGreaterThanOrEqualTo(60);
        long ours = recorder.events.stream().filter(WorkerEnded.class::isInstance).map(WorkerEnded.class::cast)
                .filter(ended -> workers.contains(ended.workerId().toString())).count();
        assertThat(ours).as("each of our workers ended once").isEqualTo(60);
        assertThat(owner.api().get("/api/tasks?workspaceId=" + workspace + "&status=pending&limit=200").json()
                .get("tasks")).hasSize(60).allSatisfy(task -> assertThat(task.get("attempts").asInt()).isEqualTo(1));
    }

    @Test
    void commandsReassignsAndCancelsPublishTheirEvents() {
        Caller owner = newAccount("eventful");
        UUID workspace = newWorkspace(owner);
        String taskId = WorkerProtocolTest.createTask(owner, workspace, "watched", 0, List.of());
        String first = WorkerProtocolTest.claim(owner, Map.of()).getFirst().get("id").asString();
        owner.api().post("/api/workers/" + first + "/cmd", Map.of("action", "pause"));
        owner.api().post("/api/tasks/" + taskId + "/reassign", null);
        String second = WorkerProtocolTest.claim(owner, Map.of()).getFirst().get("id").asString();
        owner.api().post("/api/tasks/" + taskId + "/cancel", null);

        assertThat(recorder.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(WorkerCommanded.class,
                commanded -> assertThat(commanded.workerId().toString()).isEqualTo(first)));
        assertThat(recorder.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(TaskReassigned.class,
                reassigned -> assertThat(reassigned.previousWorker().toString()).isEqualTo(first)));
        assertThat(recorder.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(TaskCancelled.class,
                cancelled -> assertThat(cancelled.taskId().toString()).isEqualTo(taskId)));
        assertThat(recorder.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(WorkerCommanded.class,
                abort -> {
                    assertThat(abort.workerId().toString()).isEqualTo(second);
                    assertThat(abort.instruction().action()).isEqualTo(io.skillify.worker.domain.WorkerCommand.ABORT);
                }));
        assertThat(recorder.events.stream().filter(TaskClaimed.class::isInstance)
                .map(e -> ((TaskClaimed) e).taskId().toString()).filter(taskId::equals).count()).isEqualTo(2);
    }
}
