package io.skillify.analytics.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.skillify.analytics.AnalyticsFixtures;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.support.IntegrationTest;
import io.skillify.support.SseClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/{workspaceId}/analytics/live}: a snapshot on connect, then one per change, shared by all streams. */
class AnalyticsLiveTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private AnalyticsLiveStreams live;

    @Test
    void oneSnapshotPerChangeServesEveryStreamOfTheWorkspace() {
        Caller owner = newAccount("live-" + UUID.randomUUID());
        UUID workspace = newWorkspace(owner);
        String url = baseUrl() + "/api/" + workspace + "/analytics/live";
        List<SseClient> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                SseClient stream = SseClient.open(url, owner.key(), null);
                assertThat(stream.status()).isEqualTo(200);
                assertThat(stream.contentType()).startsWith("text/event-stream");
                streams.add(stream);
            }
            for (SseClient stream : streams) {
                JsonNode first = snapshot(stream);
                assertThat(first.get("buckets").size()).as("the last hour, by hour").isBetween(1, 2);
                assertThat(total(first)).isZero();
            }
            long before = live.snapshotsPublished(new WorkspaceId(workspace));

            Instant quarter = Instant.ofEpochSecond(Instant.now().getEpochSecond() / 900 * 900);
            AnalyticsFixtures.get().quarter(workspace, UUID.randomUUID(), quarter.toString(), 1, 1, 0, 250);
            AnalyticsFixtures.get().announce(workspace);

            for (SseClient stream : streams) {
                JsonNode changed = snapshot(stream);
                assertThat(total(changed)).isEqualTo(2);
            }
            assertThat(live.snapshotsPublished(new WorkspaceId(workspace)) - before)
                    .as("one computation for the three streams").isEqualTo(1);
        } finally {
            streams.forEach(SseClient::close);
        }
    }

    @Test
    void aNonMemberCannotWatch() {
        Caller owner = newAccount("live-owner-" + UUID.randomUUID());
        Caller stranger = newAccount("live-stranger-" + UUID.randomUUID());
        UUID workspace = newWorkspace(owner);

        try (SseClient stream = SseClient.open(baseUrl() + "/api/" + workspace + "/analytics/live", stranger.key(),
                null)) {
            assertThat(stream.status()).isEqualTo(403);
        }
    }

    @Test
    void anAccountHoldsAtMostItsStreamSlots() {
        Caller owner = newAccount("live-many-" + UUID.randomUUID());
        UUID workspace = newWorkspace(owner);
        String url = baseUrl() + "/api/" + workspace + "/analytics/live";
        List<SseClient> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                SseClient stream = SseClient.open(url, owner.key(), null);
                assertThat(stream.status()).isEqualTo(200);
                streams.add(stream);
            }
            try (SseClient oneTooMany = SseClient.open(url, owner.key(), null)) {
                assertThat(oneTooMany.status()).as("SKILLIFY_SSE_MAX_STREAMS_PER_ACCOUNT, default 20").isEqualTo(429);
            }
        } finally {
            streams.forEach(SseClient::close);
        }
    }

    private static JsonNode snapshot(SseClient stream) {
        SseClient.Event event = assertTimeoutPreemptively(Duration.ofSeconds(10), stream::next);
        assertThat(event).isNotNull();
        assertThat(event.name()).isEqualTo("snapshot");
        return JSON.readTree(event.data());
    }

    private static long total(JsonNode snapshot) {
        return snapshot.get("buckets").valueStream().mapToLong(bucket -> bucket.get("total").asLong()).sum();
    }
}
