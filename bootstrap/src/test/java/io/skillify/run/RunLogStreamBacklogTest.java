package io.skillify.run;

import static io.skillify.run.RunLogStreamAcrossInstancesTest.assertContiguousHistoryEndingWithEnd;
import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.IntegrationTest;
import io.skillify.support.SseClient;
import io.skillify.support.SseClient.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A backlog longer than a stream's buffer arrives whole: read in batches as the stream writes, never cut. */
class RunLogStreamBacklogTest extends IntegrationTest {

    @DynamicPropertySource
    static void smallBuffers(DynamicPropertyRegistry registry) {
        registry.add("skillify.sse.buffer", () -> 10);
    }

    @Test
    void aHistoryFourTimesTheBufferIsSentWholeToANewStream() {
        Caller member = newAccount("backlog");
        UUID workspace = newWorkspace(member);
        List<Map<String, Object>> nodes = new ArrayList<>(List.of(node("start", "trigger.manual", Map.of())));
        List<Map<String, Object>> edges = new ArrayList<>();
        String previous = "start";
        for (int i = 1; i <= 12; i++) {
            nodes.add(node("log" + i, "notify.log", Map.of("message", "line " + i)));
            edges.add(edge("e" + i, previous, "log" + i, null));
            previous = "log" + i;
        }
        String automation = member.api().post("/api/" + workspace + "/automations", Map.of("name", "long",
                "flow", Map.of("nodes", nodes, "edges", edges))).data().get("id").asString();
        String runId = member.api().post("/api/" + workspace + "/automations/" + automation + "/runs", Map.of())
                .data().get("id").asString();
        awaitEnd(member.api(), workspace, runId, Duration.ofSeconds(20));

        List<Event> events;
        List<String> comments;
        try (SseClient stream = SseClient.open(baseUrl() + "/api/" + workspace + "/runs/" + runId + "/logs/stream",
                member.key(), null)) {
            events = stream.rest();
            comments = stream.comments();
        }

        assertThat(events).hasSizeGreaterThan(40);
        assertContiguousHistoryEndingWithEnd(events);
        assertThat(comments).as("the stream was never cut").doesNotContain("reconnect");
    }
}
