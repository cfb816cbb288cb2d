package io.skillify.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.shared.adapter.out.persistence.ChangeAnnouncer;
import io.skillify.support.IntegrationTest;
import io.skillify.support.SseClient;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /coach/live: new insights of the workspace as the analytics change feed announces changes. */
class CoachLiveTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private ChangeAnnouncer announcer;

    private String url(UUID workspace) {
        return baseUrl() + "/api/" + workspace + "/coach/live";
    }

    private static SseClient.Event nextEvent(SseClient stream) throws Exception {
        return CompletableFuture.supplyAsync(stream::next).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    private static JsonNode insight(SseClient.Event event) {
        assertThat(event).isNotNull();
        assertThat(event.name()).isEqualTo("insight");
        return JSON.readTree(event.data());
    }

    private UUID alwaysFailing(UUID workspace, String name) {
        InsightsFixture rows = new InsightsFixture(jdbc, workspace);
        UUID automation = rows.automation(name, Instant.now().minus(Duration.ofDays(2)));
        rows.runs(automation, Instant.now().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.HOURS),
                0, 5);
        return automation;
    }

    @Test
    void anInsightThatAppearsIsSentOnceAndOnlyToItsWorkspace() throws Exception {
        Caller owner = newAccount("coach-owner");
        UUID workspace = newWorkspace(owner);
        Caller other = newAccount("coach-other");
        UUID otherWorkspace = newWorkspace(other);

        try (SseClient stream = SseClient.open(url(workspace), owner.key(), null);
             SseClient otherStream = SseClient.open(url(otherWorkspace), other.key(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");

            UUID sync = alwaysFailing(workspace, "sync");
            announcer.announce("analytics", workspace.toString());

            SseClient.Event first = nextEvent(stream);
            JsonNode failing = insight(first);
            assertThat(failing.get("kind").asString()).isEqualTo("always_failing");
            assertThat(failing.get("severity").asString()).isEqualTo("critical");
            assertThat(failing.get("automationId").asString()).isEqualTo(sync.toString());
            assertThat(first.id()).isEqualTo("1");

            new InsightsFixture(jdbc, workspace).automation("idle", Instant.now().minus(Duration.ofDays(40)));
            announcer.announce("analytics", workspace.toString());

            SseClient.Event second = nextEvent(stream);
            JsonNode idle = insight(second);
            assertThat(idle.get("kind").asString()).as("the insight already sent is not sent again")
                    .isEqualTo("not_run");
            assertThat(second.id()).isEqualTo("2");

            UUID theirs = alwaysFailing(otherWorkspace, "their-sync");
            announcer.announce("analytics", otherWorkspace.toString());
            JsonNode otherFirst = insight(nextEvent(otherStream));
            assertThat(otherFirst.get("automationId").asString()).as("the other workspace hears only its own")
                    .isEqualTo(theirs.toString());
        }
    }

    @Test
    void aNewStreamFirstGetsTheCurrentInsightsNumberedAfterItsLastEventId() throws Exception {
        Caller owner = newAccount("coach-late");
        UUID workspace = newWorkspace(owner);
        UUID sync = alwaysFailing(workspace, "sync");

        try (SseClient stream = SseClient.open(url(workspace), owner.key(), "41")) {
            SseClient.Event event = nextEvent(stream);
            assertThat(insight(event).get("automationId").asString()).isEqualTo(sync.toString());
            assertThat(event.id()).isEqualTo("42");
        }
    }

    @Test
    void coachStreamsTakeTheAccountsStreamSlotsAndGiveThemBack() {
        Caller greedy = newAccount("coach-greedy");
        UUID workspace = newWorkspace(greedy);
        java.util.List<SseClient> open = new java.util.ArrayList<>();
        for (int n = 0; n < 20; n++) {
            SseClient stream = SseClient.open(url(workspace), greedy.key(), null);
            assertThat(stream.status()).isEqualTo(200);
            open.add(stream);
        }
        try (SseClient refused = SseClient.open(url(workspace), greedy.key(), null)) {
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.body()).contains("\"limit\":20");
        }
        open.forEach(SseClient::close);

        java.util.List<SseClient> reopened = new java.util.ArrayList<>();
        org.awaitility.Awaitility.await("every slot given back").atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    SseClient stream = SseClient.open(url(workspace), greedy.key(), null);
                    if (stream.status() == 200) {
                        reopened.add(stream);
                    } else {
                        assertThat(stream.status()).isEqualTo(429);
                        stream.close();
                    }
                    return reopened.size() == 20;
                });
        reopened.forEach(SseClient::close);
    }

    @Test
    void outsidersAndBadLastEventIdsAreRefused() {
        Caller owner = newAccount("coach-refuse");
        UUID workspace = newWorkspace(owner);
        Caller outsider = newAccount("coach-outsider");

        try (SseClient refused = SseClient.open(url(workspace), outsider.key(), null)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body()).contains("\"success\":false");
        }
        try (SseClient bad = SseClient.open(url(workspace), owner.key(), "yesterday")) {
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("Last-Event-ID");
        }
    }
}
