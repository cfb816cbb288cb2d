package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.domain.nodetype.NodeCategory;
import io.skillify.automation.domain.nodetype.NodeType;
import io.skillify.automation.domain.nodetype.NodeTypeDescriptor;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.automation.domain.nodetype.StepContext;
import io.skillify.automation.domain.nodetype.StepResult;
import io.skillify.automation.domain.nodetype.StepWakeups;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.shared.domain.json.JsonString;
import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A waiting step is resumed at once when it is woken, even when the wake-up arrives while the engine still holds the
 * step (executing or resuming it, before its waiting state is stored): no wake-up is lost. The safety-net re-check of
 * {@code worker.task} is set to an hour here, so a lost wake-up shows as a run that does not end in time.
 */
class StepWakeRaceTest extends IntegrationTest {

    /** How soon after its task ended a run must have finished: far below the re-check net. */
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @DynamicPropertySource
    static void highRecheckNet(DynamicPropertyRegistry registry) {
        registry.add("skillify.engine.worker-task-recheck", () -> "1h");
    }

    /**
     * Test-only node types that wake their own step while the engine holds it: {@code test.wake_while_executing}
     * during its execution, {@code test.wake_while_resuming} during its first resume; each then asks to wait an hour,
     * and completes when resumed after the wake-up.
     */
    @TestConfiguration
    static class SelfWakingNodes {

        @Bean
        NodeType wakeWhileExecuting(@Lazy StepWakeups wakeups) {
            return new NodeType() {
                @Override
                public NodeTypeDescriptor descriptor() {
                    return descriptorOf("test.wake_while_executing");
                }

                @Override
                public StepResult execute(StepContext context) {
                    wakeups.wake(context.runId(), context.nodeId());
                    return StepResult.waitUntil(context.now().plus(Duration.ofHours(1)));
                }
            };
        }

        @Bean
        NodeType wakeWhileResuming(@Lazy StepWakeups wakeups) {
            Map<String, AtomicInteger> resumes = new ConcurrentHashMap<>();
            return new NodeType() {
                @Override
                public NodeTypeDescriptor descriptor() {
                    return descriptorOf("test.wake_while_resuming");
                }

                @Override
                public StepResult execute(StepContext context) {
                    return StepResult.waitUntil(context.now().plusMillis(50));
                }

                @Override
                public StepResult resume(StepContext context) {
                    if (resumes.computeIfAbsent(context.runId(), run -> new AtomicInteger()).incrementAndGet() == 1) {
                        wakeups.wake(context.runId(), context.nodeId());
                        return StepResult.waitUntil(context.now().plus(Duration.ofHours(1)));
                    }
                    return StepResult.completed(new JsonObject(Map.of("woken", new JsonString("yes"))));
                }
            };
        }

        private static NodeTypeDescriptor descriptorOf(String type) {
            return new NodeTypeDescriptor(type, 1, NodeCategory.FLOW, "wakes its own step (test only)",
                    new JsonObject(Map.of("type", new JsonString("object"))), NodeTypeDescriptor.SINGLE_OUTPUT,
                    RetryPolicy.ONCE, Duration.ofDays(1));
        }
    }

    private String automation(Caller owner, UUID workspace, String stepType, Map<String, Object> data) {
        ApiResponse created = owner.api().post("/api/" + workspace + "/automations", Map.of("name",
                "wake-" + UUID.randomUUID(), "flow", Map.of(
                        "nodes", List.of(node("start", "trigger.manual", Map.of()), node("wait", stepType, data),
                                node("after", "notify.log", Map.of("message", "resumed"))),
                        "edges", List.of(edge("e1", "start", "wait", null), edge("e2", "wait", "after", null)))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().get("id").asString();
    }

    private static String start(Caller owner, UUID workspace, String automation, Map<String, Object> input) {
        ApiResponse started = owner.api().post("/api/" + workspace + "/automations/" + automation + "/runs",
                Map.of("input", input));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return started.data().get("id").asString();
    }

    @Test
    void aWakeUpThatArrivesWhileTheStepIsBeingExecutedResumesItAtOnce() {
        Caller owner = newAccount("early-waker");
        UUID workspace = newWorkspace(owner);
        String automation = automation(owner, workspace, "test.wake_while_executing", Map.of());

        for (int i = 0; i < 3; i++) {
            String run = start(owner, workspace, automation, Map.of());
            assertThat(awaitEnd(owner.api(), workspace, run, DEADLINE).get("status").asString())
                    .isEqualTo("succeeded");
        }
    }

    @Test
    void aWakeUpThatArrivesWhileTheStepIsBeingResumedResumesItAgainAtOnce() {
        Caller owner = newAccount("late-waker");
        UUID workspace = newWorkspace(owner);
        String automation = automation(owner, workspace, "test.wake_while_resuming", Map.of());

        for (int i = 0; i < 3; i++) {
            String run = start(owner, workspace, automation, Map.of());
            JsonNode ended = awaitEnd(owner.api(), workspace, run, DEADLINE);
            assertThat(ended.get("status").asString()).isEqualTo("succeeded");
            JsonNode step = ended.get("steps").valueStream()
                    .filter(s -> s.get("nodeId").asString().equals("wait")).findFirst().orElseThrow();
            assertThat(step.get("output").get("woken").asString()).isEqualTo("yes");
        }
    }

    @Test
    void manyWorkerTasksEndingAtAnyMomentResumeTheirRunsLongBeforeTheRecheck() throws Exception {
        ApiResponse account = admin().post("/api/accounts",
                Map.of("name", "quick-workers", "maxConcurrentWorkers", 50));
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        String key = account.data().get("apiKey").asString();
        Caller owner = new Caller(UUID.fromString(account.data().get("id").asString()), "quick-workers", key,
                admin().as(key));
        UUID workspace = newWorkspace(owner);
        String automation = automation(owner, workspace, "worker.task",
                Map.of("title", "Task {{input.n}}", "requiredCapabilities", List.of("quick")));

        int runs = 40;
        List<String> runIds = new ArrayList<>();
        for (int n = 0; n < runs; n++) {
            runIds.add(start(owner, workspace, automation, Map.of("n", n)));
        }
        Map<String, Instant> taskEnded = new ConcurrentHashMap<>();
        CountDownLatch stopping = new CountDownLatch(1);
        try (ExecutorService workers = Executors.newFixedThreadPool(8)) {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                done.add(workers.submit(() -> {
                    Instant giveUp = Instant.now().plusSeconds(90);
                    while (taskEnded.size() < runs && Instant.now().isBefore(giveUp)) {
                        ApiResponse claimed = owner.api().post("/api/workers/claim", Map.of("workspaceId",
                                workspace.toString(), "capabilities", List.of("quick"), "maxTasks", 2));
                        for (JsonNode worker : claimed.json().get("workers")) {
                            // at once, or after a small delay: around the engine's first look at the task too
                            pause(stopping, ThreadLocalRandom.current().nextInt(4) == 0 ? 0
                                    : ThreadLocalRandom.current().nextInt(600));
                            ApiResponse completed = owner.api().patch("/api/workers/" + worker.get("id").asString(),
                                    Map.of("status", "completed", "output", Map.of("ok", true)));
                            assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
                            taskEnded.put(worker.get("task").get("runId").asString(), Instant.now());
                        }
                        pause(stopping, ThreadLocalRandom.current().nextInt(30));
                    }
                    return null;
                }));
            }
            try {
                for (Future<?> future : done) {
                    future.get();
                }
            } finally {
                stopping.countDown();
            }
        }
        assertThat(taskEnded).as("every task was claimed and completed").hasSize(runs);

        for (String run : runIds) {
            // every task has ended already: a run still waiting after DEADLINE lost its wake-up to the hour-long net
            JsonNode ended = awaitEnd(owner.api(), workspace, run, DEADLINE);
            assertThat(ended.get("status").asString()).as("run %s", run).isEqualTo("succeeded");
        }
    }

    /**
     * A worker's think time, the variable of this race: how long it holds a claimed task before completing it. Ends
     * early once the test stops its workers.
     */
    private static void pause(CountDownLatch stopping, long millis) {
        try {
            stopping.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
