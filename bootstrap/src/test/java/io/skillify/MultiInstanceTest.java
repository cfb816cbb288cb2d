package io.skillify;

import static io.skillify.support.Flows.chain;
import static io.skillify.support.Flows.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.skillify.realtime.adapter.out.pusher.testing.FakePusher;
import io.skillify.realtime.adapter.out.pusher.testing.FakePusher.ReceivedEvent;
import io.skillify.run.RunLogStreamAcrossInstancesTest;
import io.skillify.support.Api;
import io.skillify.support.ApiResponse;
import io.skillify.support.RunningServer;
import io.skillify.support.SseClient;
import io.skillify.support.SseClient.Event;
import io.skillify.support.TestDatabase;
import io.skillify.support.TestPusher;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Three server instances on one PostgreSQL under mixed load at once: runs started through all three (API and
 * webhooks), a schedule firing every second, tasks created through all three and claimed by workers on all three,
 * log streams of running runs open on every instance, and Pusher receiving everything. Then, whichever instance
 * did what: no task handed out twice, each attempt of a step executed exactly once and never by two instances at
 * the same time (an {@code http.request} step against a local endpoint that counts its calls per
 * {@code Idempotency-Key}), one run per schedule tick,
 * every stream on every instance got its run's whole history, and every Pusher event of every run and task arrived.
 *
 * <p>The short variant runs in the build; {@code bench/multi-instance.sh} raises the counts with the system
 * properties {@code skillify.multi.runs}, {@code .webhooks}, {@code .tasks}, {@code .streamed} and {@code .claimers}.
 */
class MultiInstanceTest {

    private static final String KEY = "bld_" + "5".repeat(64);
    private static final int INSTANCES = 3;
    private static final int RUNS = Integer.getInteger("skillify.multi.runs", 60);
    private static final int WEBHOOKS = Integer.getInteger("skillify.multi.webhooks", 30);
    private static final int TASKS = Integer.getInteger("skillify.multi.tasks", 60);
    private static final int STREAMED = Integer.getInteger("skillify.multi.streamed", 3);
    private static final int CLAIMERS = Integer.getInteger("skillify.multi.claimers", 12);
    private static final Duration WITHIN = Duration.ofSeconds(Integer.getInteger("skillify.multi.within-seconds", 60));
    private static final List<String> RUN_NODES = List.of("start", "call", "done");

    private static final int CLIENTS = Integer.getInteger("skillify.multi.clients", 16);

    private final AtomicInteger unavailable = new AtomicInteger();
    private final CountingEndpoint endpoint = new CountingEndpoint();
    private final FakePusher pusher = TestPusher.get();
    private final List<RunningServer> servers = new ArrayList<>();
    private String url;

    @BeforeEach
    void threeInstances() throws Exception {
        TestDatabase db = TestDatabase.get();
        url = db.freshDatabase();
        Map<String, Object> properties = new HashMap<>(TestPusher.properties());
        properties.putAll(Map.of("spring.datasource.url", url, "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password(), "skillify.bootstrap-api-key", KEY,
                "skillify.rate-limit-per-minute", 10_000_000, "skillify.schedule.min-interval", "1s",
                "skillify.http.allow-private-networks", true, "skillify.sse.heartbeat", "200ms",
                // only the change feed can bring another instance's log lines in time
                "skillify.sse.resync-interval", "1h", "skillify.sse.max-streams-per-account", 10_000));
        long starting = System.nanoTime();
        servers.add(RunningServer.start(properties));
        // the first one has migrated the database: the others start side by side
        try (ExecutorService side = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<RunningServer>> others = IntStream.range(1, INSTANCES)
                    .mapToObj(i -> side.submit(() -> RunningServer.start(properties))).toList();
            for (Future<RunningServer> other : others) {
                servers.add(other.get());
            }
        }
        System.out.printf("MultiInstanceTest: %d instances started in %d ms%n", INSTANCES,
                (System.nanoTime() - starting) / 1_000_000);
    }

    @AfterEach
    void stop() {
        servers.forEach(RunningServer::close);
        endpoint.close();
    }

    @Test
    void threeInstancesUnderMixedLoadNeverDoAnythingTwiceAndLoseNoEvent() throws Exception {
        List<Api> apis = servers.stream().map(server -> server.api(KEY)).toList();
        Api first = apis.getFirst();
        String workspace = first.post("/api/workspaces", Map.of("name", "three instances")).data().get("id")
                .asString();
        String manual = automation(first, workspace, "manual", "trigger.manual", Map.of());
        JsonNode hooked = automationDocument(first, workspace, "hooked", "trigger.webhook", Map.of());
        String webhook = hooked.get("id").asString();
        String hook = URI.create(hooked.get("webhook").get("url").asString()).getPath();
        String talkative = talkativeAutomation(first, workspace);
        List<Api> claimers = claimers(first, workspace);
        Instant scheduleCreated = Instant.now();
        String clock = automation(first, workspace, "clock", "trigger.schedule", Map.of("cron", "* * * * * *"));

        List<String> runs = new CopyOnWriteArrayList<>();
        List<String> tasks = new CopyOnWriteArrayList<>();
        Map<String, String> workerOfTask = new ConcurrentHashMap<>();
        List<String> claimedTwice = new CopyOnWriteArrayList<>();
        Map<String, List<List<Event>>> streams = new ConcurrentHashMap<>();
        AtomicInteger completed = new AtomicInteger();
        long loading = System.nanoTime();
        // streamers and claimers hold a thread each for the whole load; CLIENTS threads send the requests
        try (ExecutorService pool = Executors.newFixedThreadPool(STREAMED + CLAIMERS + CLIENTS)) {
            List<Future<?>> load = new ArrayList<>();
            for (int i = 0; i < STREAMED; i++) {
                Api via = apis.get(i % INSTANCES);
                load.add(pool.submit(() -> {
                    String run = start(via, workspace, talkative, Map.of());
                    streams.put(run, watchOnEveryInstance(workspace, run));
                    return null;
                }));
            }
            for (int c = 0; c < CLAIMERS; c++) {
                Api claimer = claimers.get(c % claimers.size());
                load.add(pool.submit(() -> {
                    claimUntilAllDone(claimer, workspace, workerOfTask, claimedTwice, completed);
                    return null;
                }));
            }
            for (int i = 0; i < Math.max(RUNS, Math.max(WEBHOOKS, TASKS)); i++) {
                Api via = apis.get(i % INSTANCES);
                int n = i;
                if (i < RUNS) {
                    load.add(pool.submit(() -> runs.add(start(via, workspace, manual, Map.of("n", n)))));
                }
                if (i < WEBHOOKS) {
                    load.add(pool.submit(() -> {
                        ApiResponse called = retrying(() -> via.as(null).post(hook, Map.of("n", n)));
                        assertThat(called.status()).as(called.toString()).isEqualTo(202);
                        runs.add(called.data().get("runId").asString());
                    }));
                }
                if (i < TASKS) {
                    load.add(pool.submit(() -> {
                        ApiResponse created = retrying(() -> via.post("/api/tasks",
                                Map.of("workspaceId", workspace, "title", "task " + n)));
                        assertThat(created.status()).as(created.toString()).isEqualTo(201);
                        tasks.add(created.json().get("id").asString());
                    }));
                }
            }
            for (Future<?> each : load) {
                each.get();
            }
        }

        System.out.printf("MultiInstanceTest: load sent in %d ms%n", (System.nanoTime() - loading) / 1_000_000);
        try (Connection sql = DriverManager.getConnection(url, TestDatabase.get().username(),
                TestDatabase.get().password())) {
            await("every run started ends").atMost(WITHIN).pollInterval(Duration.ofMillis(200))
                    .until(() -> count(sql, "select count(*) from runs where status in ('queued','running') "
                            + "and trigger <> 'schedule'") == 0);
            await("the schedule fired a few times").atMost(WITHIN).pollInterval(Duration.ofMillis(200))
                    .until(() -> count(sql, "select count(*) from runs where trigger = 'schedule'") >= 3);
            first.patch("/api/" + workspace + "/automations/" + clock, Map.of("enabled", false));
            Instant scheduleDisabled = Instant.now();
            await("every scheduled run ends").atMost(WITHIN).pollInterval(Duration.ofMillis(200))
                    .until(() -> count(sql, "select count(*) from runs where status in ('queued','running')") == 0);

            assertThat(claimedTwice).as("tasks handed out twice").isEmpty();
            assertThat(workerOfTask.keySet()).as("every task handed out once").containsExactlyInAnyOrderElementsOf(tasks);
            assertThat(completed.get()).isEqualTo(TASKS);

            assertThat(runs).hasSize(RUNS + WEBHOOKS).doesNotHaveDuplicates();
            assertThat(strings(sql, "select id::text from runs where automation_id in (?::uuid, ?::uuid)", manual,
                    webhook)).as("exactly the runs acknowledged, none started by a refused request")
                    .containsExactlyInAnyOrderElementsOf(runs);
            assertThat(count(sql, "select count(*) from runs where status <> 'succeeded'")).as("runs not succeeded")
                    .isZero();
            List<String> httpRuns = strings(sql, "select id::text from runs where automation_id in (?::uuid, "
                    + "?::uuid, ?::uuid)", manual, webhook, clock);
            assertThat(endpoint.overlapping).as("calls of one step made at the same time (by two instances)")
                    .isEmpty();
            Map<String, Integer> attempts = new HashMap<>();
            strings(sql, "select run_id || ':' || node_id || ' ' || attempt from run_steps where node_id = 'call'")
                    .forEach(row -> attempts.put(row.split(" ")[0], Integer.parseInt(row.split(" ")[1])));
            assertThat(attempts.keySet()).containsExactlyInAnyOrderElementsOf(httpRuns.stream()
                    .map(run -> run + ":call").toList());
            assertThat(endpoint.calls).as("the http.request step of every run called once per attempt")
                    .containsExactlyInAnyOrderEntriesOf(attempts);
            long again = count(sql, "select count(*) from run_steps where attempt > 1");
            long scheduled = count(sql, "select count(*) from runs where trigger = 'schedule'");
            assertThat(count(sql, "select count(distinct t.tick_at) from schedule_ticks t join runs r on r.id = t.run_id"))
                    .as("one run per tick, whichever instance fired it").isEqualTo(scheduled);
            assertThat(scheduled).as("no more runs than ticks between creating and disabling the schedule")
                    .isLessThanOrEqualTo(Duration.between(scheduleCreated, scheduleDisabled).toSeconds() + 1);

            streams.forEach((run, seen) -> {
                assertThat(seen).hasSize(INSTANCES);
                seen.forEach(events -> {
                    RunLogStreamAcrossInstancesTest.assertContiguousHistoryEndingWithEnd(events);
                    assertThat(events).filteredOn(e -> e.name().equals("log")).extracting(Event::data)
                            .anyMatch(data -> data.contains("line one")).anyMatch(data -> data.contains("line two"));
                });
            });

            List<String> everyRun = strings(sql, "select id::text from runs");
            awaitNothingMissing("Pusher events of every run", () -> missingRunEvents(everyRun, httpRuns));
            awaitNothingMissing("Pusher events of every task", () -> missingTaskEvents(workspace, tasks,
                    workerOfTask));
            System.out.printf("MultiInstanceTest: %d instances, %d runs (%d API, %d webhook, %d scheduled, "
                            + "%d streamed on every instance), %d tasks by %d claimers, %d http calls, %d Pusher "
                            + "events received, %d answers 503 sent again, %d steps run again after an unsaved outcome: "
                            + "PASS%n", INSTANCES, everyRun.size(), RUNS,
                    WEBHOOKS, scheduled, STREAMED, TASKS, CLAIMERS, endpoint.calls.size(), pusher.events().size(),
                    unavailable.get(), again);
        }
    }

    private void claimUntilAllDone(Api claimer, String workspace, Map<String, String> workerOfTask,
                                   List<String> claimedTwice, AtomicInteger completed) {
        // a worker claiming again every 20 ms until every task is done, as the reference worker polls
        await().atMost(WITHIN).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).until(() -> {
            claimAndComplete(claimer, workspace, workerOfTask, claimedTwice, completed);
            return completed.get() >= TASKS;
        });
    }

    private void claimAndComplete(Api claimer, String workspace, Map<String, String> workerOfTask,
                                  List<String> claimedTwice, AtomicInteger completed) {
        ApiResponse claimed = retrying(() -> claimer.post("/api/workers/claim",
                Map.of("workspaceId", workspace, "maxTasks", 2)));
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        List<JsonNode> workers = claimed.json().get("workers").valueStream().toList();
        for (JsonNode worker : workers) {
            String task = worker.get("taskId").asString();
            if (workerOfTask.putIfAbsent(task, worker.get("id").asString()) != null) {
                claimedTwice.add(task);
            }
            ApiResponse done = retrying(() -> claimer.patch("/api/workers/" + worker.get("id").asString(),
                    Map.of("status", "completed")));
            assertThat(done.status()).as(done.toString()).isEqualTo(200);
            completed.incrementAndGet();
        }
    }

    /** The run's log stream opened on every instance at once, each read to its end. */
    private List<List<Event>> watchOnEveryInstance(String workspace, String run) throws Exception {
        try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<Event>>> reads = servers.stream().map(server -> readers.submit(() -> {
                try (SseClient stream = SseClient.open(server.baseUrl() + "/api/" + workspace + "/runs/" + run
                        + "/logs/stream", KEY, null)) {
                    assertThat(stream.status()).isEqualTo(200);
                    return stream.rest();
                }
            })).toList();
            List<List<Event>> seen = new ArrayList<>();
            for (Future<List<Event>> read : reads) {
                seen.add(read.get());
            }
            return seen;
        }
    }

    /** run:started and run:completed of every run, and a succeeded run:step of each node of the counted runs. */
    private List<String> missingRunEvents(List<String> runs, List<String> countedRuns) {
        Set<String> seen = received(event -> event.channel().startsWith("run-"));
        List<String> missing = new ArrayList<>();
        for (String run : runs) {
            for (String name : List.of("run:started", "run:completed")) {
                if (!seen.contains("run-" + run + " " + name + " ")) {
                    missing.add(run + " " + name);
                }
            }
        }
        for (String run : countedRuns) {
            for (String node : RUN_NODES) {
                if (!seen.contains("run-" + run + " run:step " + node)) {
                    missing.add(run + " run:step " + node);
                }
            }
        }
        return missing;
    }

    private List<String> missingTaskEvents(String workspace, List<String> tasks, Map<String, String> workerOfTask) {
        Set<String> seen = received(event -> true);
        List<String> missing = new ArrayList<>();
        for (String task : tasks) {
            List<String> expected = List.of("task-" + task + " task:created ", "task-" + task + " task:claimed ",
                    "workspace-" + workspace + " task:completed " + task,
                    "worker-" + workerOfTask.get(task) + " worker:completed ");
            expected.stream().filter(key -> !seen.contains(key)).forEach(key -> missing.add(task + ": " + key));
        }
        return missing;
    }

    /**
     * What Pusher received, as "channel name detail" keys: detail is the node of a succeeded run:step, the task of a
     * workspace-wide task event, else empty.
     */
    private Set<String> received(Predicate<ReceivedEvent> which) {
        Set<String> keys = new java.util.HashSet<>();
        for (ReceivedEvent event : pusher.events()) {
            if (!which.test(event)) {
                continue;
            }
            String detail = "";
            if (event.name().equals("run:step")) {
                if (!"succeeded".equals(event.data().path("status").asString(""))) {
                    continue;
                }
                detail = event.data().get("nodeId").asString();
            } else if (event.channel().startsWith("workspace-") && event.name().startsWith("task:")) {
                detail = event.data().path("taskId").asString("");
            }
            keys.add(event.channel() + " " + event.name() + " " + detail);
        }
        return keys;
    }

    private static void awaitNothingMissing(String what, java.util.function.Supplier<List<String>> missing) {
        List<String> last = new ArrayList<>();
        try {
            await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
                last.clear();
                last.addAll(missing.get());
                return last.isEmpty();
            });
        } catch (org.awaitility.core.ConditionTimeoutException timedOut) {
            assertThat(last).as(what + ": never arrived").isEmpty();
        }
    }

    private List<Api> claimers(Api admin, String workspace) {
        List<Api> claimers = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            ApiResponse account = admin.post("/api/accounts", Map.of("name", "claimer " + i,
                    "maxConcurrentWorkers", 1000));
            assertThat(account.status()).as(account.toString()).isEqualTo(201);
            String id = account.data().get("id").asString();
            Api claimer = servers.get(i).api(account.data().get("apiKey").asString());
            ApiResponse added = admin.post("/api/" + workspace + "/members", Map.of("accountId", id, "role", "member"));
            assertThat(added.status()).as(added.toString()).isEqualTo(201);
            if ("invited".equals(added.data().path("status").asString(""))) {
                ApiResponse accepted = claimer.post("/api/invitations/" + workspace + "/accept", Map.of());
                assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
            }
            claimers.add(claimer);
        }
        return claimers;
    }

    private String automation(Api api, String workspace, String name, String trigger, Map<String, Object> data) {
        return automationDocument(api, workspace, name, trigger, data).get("id").asString();
    }

    /** trigger → an http.request to the counting endpoint → a log line. */
    private JsonNode automationDocument(Api api, String workspace, String name, String trigger,
                                       Map<String, Object> data) {
        ApiResponse created = api.post("/api/" + workspace + "/automations", Map.of("name", name, "flow", chain(
                node("start", trigger, data),
                node("call", "http.request", Map.of("url", endpoint.url(), "method", "POST",
                        "body", Map.of("ping", true))),
                node("done", "notify.log", Map.of("message", "done")))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data();
    }

    /** Log lines with a pause between them, so streams opened right after the start see them arrive live. */
    private String talkativeAutomation(Api api, String workspace) {
        ApiResponse created = api.post("/api/" + workspace + "/automations", Map.of("name", "talkative", "flow",
                chain(node("start", "trigger.manual", Map.of()),
                        node("one", "notify.log", Map.of("message", "line one")),
                        node("pause", "flow.delay", Map.of("duration", "1s")),
                        node("two", "notify.log", Map.of("message", "line two")))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.data().get("id").asString();
    }

    private String start(Api api, String workspace, String automation, Map<String, Object> input) {
        ApiResponse started = retrying(() -> api.post("/api/" + workspace + "/automations/" + automation + "/runs",
                Map.of("input", input)));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return started.data().get("id").asString();
    }

    /**
     * Sends again after the {@code Retry-After} of a 503, as a well-behaved client does when the server is
     * overloaded (its database pool exhausted): on a 2-core machine running three instances that happens.
     */
    private ApiResponse retrying(java.util.function.Supplier<ApiResponse> request) {
        ApiResponse first = request.get();
        if (first.status() != 503) {
            return first;
        }
        unavailable.incrementAndGet();
        String header = first.header("Retry-After");
        Duration after = Duration.ofSeconds(header == null ? 1 : Long.parseLong(header));
        AtomicReference<ApiResponse> last = new AtomicReference<>(first);
        await().atMost(after.multipliedBy(11)).pollDelay(after).pollInterval(after).until(() -> {
            last.set(request.get());
            if (last.get().status() == 503) {
                unavailable.incrementAndGet();
                return false;
            }
            return true;
        });
        return last.get();
    }

    private static long count(Connection sql, String query) throws Exception {
        try (ResultSet result = sql.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<String> strings(Connection sql, String query, String... parameters) throws Exception {
        try (PreparedStatement statement = sql.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
            return values;
        }
    }

    /**
     * A loopback HTTP endpoint that counts calls per {@code Idempotency-Key} (run:node) and records any call that
     * arrives while another with the same key is still being answered; each call is held a little to widen that
     * window.
     */
    private static final class CountingEndpoint implements AutoCloseable {

        final Map<String, Integer> calls = new ConcurrentHashMap<>();
        final List<String> overlapping = new CopyOnWriteArrayList<>();
        private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
        private final CountDownLatch closing = new CountDownLatch(1);
        private final HttpServer server;

        CountingEndpoint() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/count", this::answer);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/count";
        }

        private void answer(HttpExchange exchange) throws IOException {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                String key = String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                calls.merge(key, 1, Integer::sum);
                if (!inFlight.add(key)) {
                    overlapping.add(key);
                }
                try {
                    // a slow target: each call held 30 ms, so that a second call of one step would overlap it
                    closing.await(30, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.remove(key);
                }
                byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
            }
        }

        @Override
        public void close() {
            closing.countDown();
            server.stop(0);
        }
    }
}
