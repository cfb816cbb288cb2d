package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.skillify.support.IntegrationTest;
import io.skillify.support.SseClient;
import io.skillify.support.SseClient.Event;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A browser's EventSource reconnects after the server closes the stream, sending the last id it saw: the end's.
 * Such a reconnect (or one past the end) gets {@code end} again and the stream closes, instead of pinging forever.
 */
class RunLogStreamAfterEndTest extends IntegrationTest {

    /** Far beyond any wait of these tests' runs: only a stream that never closes reaches it. */
    private static final Duration NEVER = Duration.ofSeconds(30);

    @Test
    void aReconnectAtOrPastTheEndGetsEndAndCloses() {
        Caller member = newAccount("late-streamer");
        UUID workspace = newWorkspace(member);
        String automation = member.api().post("/api/" + workspace + "/automations", Map.of("name", "short", "flow",
                Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("hello", "notify.log", Map.of("message", "hello"))),
                        "edges", List.of(edge("e1", "start", "hello", null)))))
                .data().get("id").asString();
        String runId = member.api().post("/api/" + workspace + "/automations/" + automation + "/runs",
                Map.of("input", Map.of())).data().get("id").asString();
        awaitEnd(member.api(), workspace, runId, Duration.ofSeconds(10));
        String url = baseUrl() + "/api/" + workspace + "/runs/" + runId + "/logs/stream";

        List<Event> whole = readAll(url, member.key(), null);
        Event end = whole.getLast();
        assertThat(end.name()).isEqualTo("end");

        for (String lastEventId : List.of(end.id(), Long.toString(Long.parseLong(end.id()) + 1000))) {
            List<Event> afterEnd = readAll(url, member.key(), lastEventId);
            assertThat(afterEnd).as("resumed after %s", lastEventId).containsExactly(end);
        }
    }

    private static List<Event> readAll(String url, String key, String lastEventId) {
        return assertTimeoutPreemptively(NEVER, () -> {
            try (SseClient stream = SseClient.open(url, key, lastEventId)) {
                assertThat(stream.status()).isEqualTo(200);
                return stream.rest();
            }
        }, "the stream never closed");
    }
}
