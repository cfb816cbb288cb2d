package io.skillify.run;

import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.support.IntegrationTest;
import io.skillify.support.SseClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** At most 20 open streams per account (the default of SKILLIFY_SSE_MAX_STREAMS_PER_ACCOUNT). */
class RunLogStreamLimitTest extends IntegrationTest {

    private static final int MAX_STREAMS = 20;

    private String startLongRun(Caller owner, UUID workspace) {
        String automation = owner.api().post("/api/" + workspace + "/automations", Map.of("name", "long", "flow",
                Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("hello", "notify.log", Map.of("message", "hello")),
                                node("wait", "flow.delay", Map.of("duration", "60s"))),
                        "edges", List.of(edge("e1", "start", "hello", null), edge("e2", "hello", "wait", null)))))
                .data().get("id").asString();
        return owner.api().post("/api/" + workspace + "/automations/" + automation + "/runs", Map.of())
                .data().get("id").asString();
    }

    private String streamUrl(UUID workspace, String runId) {
        return baseUrl() + "/api/" + workspace + "/runs/" + runId + "/logs/stream";
    }

    @Test
    void theStreamOverTheLimitIs429InJsonAndClosedStreamsGiveTheirSlotsBack() {
        Caller greedy = newAccount("greedy-streamer");
        UUID workspace = newWorkspace(greedy);
        String runId = startLongRun(greedy, workspace);
        String url = streamUrl(workspace, runId);

        List<SseClient> streams = openAll(url, greedy.key());
        assertRefused(url, greedy.key());

        Caller other = newAccount("other-streamer");
        UUID otherWorkspace = newWorkspace(other);
        try (SseClient unaffected = SseClient.open(streamUrl(otherWorkspace, startLongRun(other, otherWorkspace)),
                other.key(), null)) {
            assertThat(unaffected.status()).isEqualTo(200);
            assertThat(unaffected.next()).isNotNull();
        }

        streams.forEach(SseClient::close);
        List<SseClient> again = openAllOnceFreed(url, greedy.key());
        assertRefused(url, greedy.key());

        again.forEach(SseClient::close);
        greedy.api().post("/api/" + workspace + "/runs/" + runId + "/cancel", null);
    }

    @Test
    void streamsOfRunsThatEndGiveTheirSlotsBack() {
        Caller caller = newAccount("ending-streamer");
        UUID workspace = newWorkspace(caller);
        String runId = startLongRun(caller, workspace);
        String url = streamUrl(workspace, runId);
        List<SseClient> streams = openAll(url, caller.key());

        caller.api().post("/api/" + workspace + "/runs/" + runId + "/cancel", null);
        for (SseClient stream : streams) {
            List<SseClient.Event> rest = stream.rest();
            assertThat(rest).isNotEmpty();
            assertThat(rest.getLast().name()).isEqualTo("end");
            stream.close();
        }

        String next = startLongRun(caller, workspace);
        List<SseClient> again = openAllOnceFreed(streamUrl(workspace, next), caller.key());
        assertRefused(streamUrl(workspace, next), caller.key());
        again.forEach(SseClient::close);
        caller.api().post("/api/" + workspace + "/runs/" + next + "/cancel", null);
    }

    private static List<SseClient> openAll(String url, String key) {
        List<SseClient> streams = new ArrayList<>();
        for (int i = 0; i < MAX_STREAMS; i++) {
            SseClient stream = SseClient.open(url, key, null);
            assertThat(stream.status()).as("stream %s", i + 1).isEqualTo(200);
            assertThat(stream.next()).isNotNull();
            streams.add(stream);
        }
        return streams;
    }

    /** Slots come back once the server notices the client went away, at its next write. */
    private static List<SseClient> openAllOnceFreed(String url, String key) {
        List<SseClient> streams = new ArrayList<>();
        await("every slot reopened").atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    SseClient stream = SseClient.open(url, key, null);
                    if (stream.status() == 200) {
                        assertThat(stream.next()).isNotNull();
                        streams.add(stream);
                    } else {
                        assertThat(stream.status()).isEqualTo(429);
                        stream.close();
                    }
                    return streams.size() == MAX_STREAMS;
                });
        return streams;
    }

    private static void assertRefused(String url, String key) {
        try (SseClient refused = SseClient.open(url, key, null)) {
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("application/json");
            JsonNode body = JsonMapper.builder().build().readTree(refused.body());
            assertThat(body.get("success").asBoolean()).isFalse();
            assertThat(body.get("error").asString()).isEqualTo("Too many open streams");
            assertThat(body.get("limit").asInt()).isEqualTo(MAX_STREAMS);
            assertThat(body.get("current").asInt()).isEqualTo(MAX_STREAMS);
            assertThat(body.get("requestId").asString()).isNotBlank();
        }
    }

}
