package io.skillify.run;

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

/** A server whose streams close after one second (SKILLIFY_SSE_MAX_DURATION). */
class RunLogStreamMaxDurationTest extends IntegrationTest {

    @DynamicPropertySource
    static void shortStreams(DynamicPropertyRegistry registry) {
        registry.add("skillify.sse.max-duration", () -> "1s");
    }

    @Test
    void aStreamClosesAfterTheMaxDurationAndReconnectsResumeWithoutGapsOrDuplicates() {
        Caller member = newAccount("long-listener");
        UUID workspace = newWorkspace(member);
        String automation = member.api().post("/api/" + workspace + "/automations", Map.of("name", "slow", "flow",
                Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("hello", "notify.log", Map.of("message", "hello")),
                                node("wait", "flow.delay", Map.of("duration", "3s")),
                                node("bye", "notify.log", Map.of("message", "bye"))),
                        "edges", List.of(edge("e1", "start", "hello", null), edge("e2", "hello", "wait", null),
                                edge("e3", "wait", "bye", null)))))
                .data().get("id").asString();
        String runId = member.api().post("/api/" + workspace + "/automations/" + automation + "/runs", Map.of())
                .data().get("id").asString();
        String url = baseUrl() + "/api/" + workspace + "/runs/" + runId + "/logs/stream";

        List<Event> joined = new ArrayList<>();
        int connections = 0;
        String lastEventId = null;
        while (joined.isEmpty() || !joined.getLast().name().equals("end")) {
            assertThat(connections).as("connections before the run ended").isLessThan(20);
            try (SseClient stream = SseClient.open(url, member.key(), lastEventId)) {
                assertThat(stream.status()).isEqualTo(200);
                List<Event> part = stream.rest();
                connections++;
                if (part.isEmpty() || !part.getLast().name().equals("end")) {
                    assertThat(stream.comments()).as("a stream cut by its max duration says so").contains("reconnect");
                }
                joined.addAll(part);
                if (!joined.isEmpty()) {
                    lastEventId = joined.getLast().id();
                }
            }
        }
        assertThat(connections).as("the run outlived one stream").isGreaterThan(1);

        awaitEnd(member.api(), workspace, runId, Duration.ofSeconds(10));
        List<Event> whole;
        try (SseClient again = SseClient.open(url, member.key(), null)) {
            whole = again.rest();
        }
        assertThat(joined).isEqualTo(whole);
    }
}
