package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.support.IntegrationTest;
import io.skillify.support.SseClient.Event;
import io.skillify.support.SseClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunLogStreamTest extends IntegrationTest {

    private Caller member;
    private UUID workspace;

    @BeforeEach
    void aWorkspace() {
        member = newAccount("streamer");
        workspace = newWorkspace(member);
    }

    private String startDelayed(String duration) {
        String automation = member.api().post("/api/" + workspace + "/automations", Map.of("name", "stream", "flow",
                Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("hello", "notify.log", Map.of("message", "hello {{input.who}}")),
                                node("wait", "flow.delay", Map.of("duration", duration)),
                                node("bye", "notify.log", Map.of("message", "bye"))),
                        "edges", List.of(edge("e1", "start", "hello", null), edge("e2", "hello", "wait", null),
                                edge("e3", "wait", "bye", null)))))
                .data().get("id").asString();
        return member.api().post("/api/" + workspace + "/automations/" + automation + "/runs",
                Map.of("input", Map.of("who", "stream"))).data().get("id").asString();
    }

    private String streamUrl(String runId) {
        return baseUrl() + "/api/" + workspace + "/runs/" + runId + "/logs/stream";
    }

    @Test
    void aLiveRunStreamsLogsStepsAndEndThenCloses() {
        String runId = startDelayed("1s");
        List<Event> events;
        try (SseClient stream = SseClient.open(streamUrl(runId), member.key(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            events = stream.rest();
            assertThat(stream.comments()).contains("ping");
        }
        List<Long> ids = events.stream().map(e -> Long.parseLong(e.id())).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(events.getLast().name()).isEqualTo("end");
        assertThat(events.getLast().data()).contains("\"status\":\"succeeded\"");
        assertThat(events).filteredOn(e -> e.name().equals("log")).extracting(Event::data)
                .anyMatch(data -> data.contains("hello stream")).anyMatch(data -> data.contains("\"message\":\"bye\""));
        assertThat(events).filteredOn(e -> e.name().equals("step")).extracting(Event::data)
                .anyMatch(data -> data.contains("\"nodeId\":\"wait\"") && data.contains("\"status\":\"waiting\""))
                .anyMatch(data -> data.contains("\"nodeId\":\"wait\"") && data.contains("\"status\":\"succeeded\""));
    }

    @Test
    void resumingWithLastEventIdLosesNothingAndRepeatsNothing() {
        String runId = startDelayed("1s");
        List<Event> firstPart = new ArrayList<>();
        try (SseClient stream = SseClient.open(streamUrl(runId), member.key(), null)) {
            for (int i = 0; i < 3; i++) {
                firstPart.add(stream.next());
            }
        }
        List<Event> rest;
        try (SseClient resumed = SseClient.open(streamUrl(runId), member.key(), firstPart.getLast().id())) {
            rest = resumed.rest();
        }
        awaitEnd(member.api(), workspace, runId, Duration.ofSeconds(10));
        List<Event> whole;
        try (SseClient again = SseClient.open(streamUrl(runId), member.key(), null)) {
            whole = again.rest();
        }
        List<Event> joined = new ArrayList<>(firstPart);
        joined.addAll(rest);
        assertThat(joined).isEqualTo(whole);
        assertThat(whole.getLast().name()).isEqualTo("end");
    }

    @Test
    void droppedStreamsReleaseEverythingTheyHeld() throws Exception {
        String runId = startDelayed("60s");
        List<SseClient> clients = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            SseClient client = SseClient.open(streamUrl(runId), member.key(), null);
            assertThat(client.next()).isNotNull();
            clients.add(client);
        }
        assertThat(openStreams()).isGreaterThanOrEqualTo(20);

        clients.forEach(SseClient::close);

        await("every stream is closed").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> openStreams() == 0);
        member.api().post("/api/" + workspace + "/runs/" + runId + "/cancel", null);
    }

    @Test
    void aBadLastEventIdIsRefusedAndForeignRunsAreNotFound() {
        String runId = startDelayed("1s");
        try (SseClient stream = SseClient.open(streamUrl(runId), member.key(), "yesterday")) {
            assertThat(stream.status()).isEqualTo(400);
        }
        try (SseClient stream = SseClient.open(baseUrl() + "/api/" + workspace + "/runs/" + UUID.randomUUID()
                + "/logs/stream", member.key(), null)) {
            assertThat(stream.status()).isEqualTo(404);
        }
    }

    private int openStreams() {
        String metrics = anonymous().get("/actuator/prometheus").raw();
        Matcher gauge = Pattern.compile("skillify_sse_streams\\{[^}]*stream=\"run-logs\"[^}]*} ([0-9.]+)")
                .matcher(metrics);
        assertThat(gauge.find()).as("the stream gauge is published").isTrue();
        return (int) Double.parseDouble(gauge.group(1));
    }
}
