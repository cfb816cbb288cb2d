package io.skillify.run;

import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.support.Api;
import io.skillify.support.RunningServer;
import io.skillify.support.SseClient;
import io.skillify.support.SseClient.Event;
import io.skillify.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Run-log streams across server instances on one database (ADR 0014): the lines a run writes on one instance reach
 * a subscriber on another, and a stream outlives its instance's listening connection being cut. The safety re-read
 * is set to an hour, so only the change feed can deliver in time.
 */
public class RunLogStreamAcrossInstancesTest {

    private static final String KEY = "bld_" + "3".repeat(64);
    private static final String LISTENERS = "select pid from pg_stat_activity "
            + "where application_name = 'skillify-change-feed' and datname = current_database()";

    @Test
    void aSubscriberOnOneInstanceGetsEveryLineOfARunExecutedByTheOther() {
        TestDatabase db = TestDatabase.get();
        Map<String, Object> properties = properties(db, db.freshDatabase());
        Map<String, Object> apiOnly = new HashMap<>(properties);
        apiOnly.put("skillify.engine.enabled", false);
        try (RunningServer executing = RunningServer.start(properties); RunningServer serving = RunningServer.start(apiOnly)) {
            Api a = executing.api(KEY);
            String workspace = a.post("/api/workspaces", Map.of("name", "across")).data().get("id").asString();
            String runId = startTalkativeRun(a, workspace);

            List<Event> events;
            try (SseClient stream = SseClient.open(serving.baseUrl() + "/api/" + workspace + "/runs/" + runId
                    + "/logs/stream", KEY, null)) {
                assertThat(stream.status()).isEqualTo(200);
                events = stream.rest();
            }

            assertContiguousHistoryEndingWithEnd(events);
            assertThat(events).filteredOn(e -> e.name().equals("log")).extracting(Event::data)
                    .anyMatch(data -> data.contains("line one")).anyMatch(data -> data.contains("line two"))
                    .anyMatch(data -> data.contains("line three"));
            assertThat(events.getLast().data()).contains("\"status\":\"succeeded\"");
        }
    }

    @Test
    void streamsGetEveryLineAfterTheListeningConnectionIsKilled() throws Exception {
        TestDatabase db = TestDatabase.get();
        String url = db.freshDatabase();
        try (RunningServer server = RunningServer.start(properties(db, url));
             Connection sql = DriverManager.getConnection(url, db.username(), db.password())) {
            Api api = server.api(KEY);
            String workspace = api.post("/api/workspaces", Map.of("name", "cut")).data().get("id").asString();
            String runId = startTalkativeRun(api, workspace);

            List<Event> events = new ArrayList<>();
            long killedPid;
            try (SseClient stream = SseClient.open(server.baseUrl() + "/api/" + workspace + "/runs/" + runId
                    + "/logs/stream", KEY, null)) {
                events.add(stream.next());
                List<Long> listeners = pids(sql);
                assertThat(listeners).as("one listening connection per instance").hasSize(1);
                killedPid = listeners.getFirst();
                try (ResultSet killed = sql.createStatement().executeQuery(
                        "select pg_terminate_backend(" + listeners.getFirst() + ")")) {
                    assertThat(killed.next() && killed.getBoolean(1)).isTrue();
                }
                events.addAll(stream.rest());
            }

            assertContiguousHistoryEndingWithEnd(events);
            assertThat(events).filteredOn(e -> e.name().equals("log")).extracting(Event::data)
                    .anyMatch(data -> data.contains("line three"));
            await("the instance listens again").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        List<Long> now = pids(sql);
                        return now.size() == 1 && !now.contains(killedPid);
                    });
        }
    }

    private static Map<String, Object> properties(TestDatabase db, String url) {
        return Map.of("spring.datasource.url", url,
                "spring.datasource.username", db.username(), "spring.datasource.password", db.password(),
                "skillify.bootstrap-api-key", KEY, "skillify.rate-limit-per-minute", 1_000_000,
                "skillify.sse.heartbeat", "200ms", "skillify.sse.resync-interval", "1h");
    }

    /** Three log lines with pauses between them, so a stream opened right after the start sees them arrive live. */
    private static String startTalkativeRun(Api api, String workspace) {
        String automation = api.post("/api/" + workspace + "/automations", Map.of("name", "talkative", "flow",
                Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("one", "notify.log", Map.of("message", "line one")),
                                node("pause", "flow.delay", Map.of("duration", "1s")),
                                node("two", "notify.log", Map.of("message", "line two")),
                                node("again", "flow.delay", Map.of("duration", "1s")),
                                node("three", "notify.log", Map.of("message", "line three"))),
                        "edges", List.of(edge("e1", "start", "one", null), edge("e2", "one", "pause", null),
                                edge("e3", "pause", "two", null), edge("e4", "two", "again", null),
                                edge("e5", "again", "three", null)))))
                .data().get("id").asString();
        return api.post("/api/" + workspace + "/automations/" + automation + "/runs", Map.of())
                .data().get("id").asString();
    }

    public static void assertContiguousHistoryEndingWithEnd(List<Event> events) {
        assertThat(events).isNotEmpty();
        List<Long> ids = events.stream().map(e -> Long.parseLong(e.id())).toList();
        assertThat(ids).as("in order, without gaps or duplicates")
                .isEqualTo(LongStream.rangeClosed(ids.getFirst(), ids.getFirst() + ids.size() - 1).boxed().toList());
        assertThat(ids.getFirst()).isEqualTo(1);
        assertThat(events.getLast().name()).isEqualTo("end");
    }

    /** The rest of a stream after its first event: in order, without gaps, ending with the run's end. */
    static void assertTailEndsWithEnd(List<Event> events) {
        assertThat(events).isNotEmpty();
        List<Long> ids = events.stream().map(e -> Long.parseLong(e.id())).toList();
        assertThat(ids).isEqualTo(LongStream.rangeClosed(ids.getFirst(), ids.getFirst() + ids.size() - 1).boxed()
                .toList());
        assertThat(events.getLast().name()).isEqualTo("end");
    }

    private static List<Long> pids(Connection sql) throws Exception {
        List<Long> pids = new ArrayList<>();
        try (ResultSet rows = sql.createStatement().executeQuery(LISTENERS)) {
            while (rows.next()) {
                pids.add(rows.getLong(1));
            }
        }
        return pids;
    }
}
