package io.skillify.analytics;

import static io.skillify.support.Flows.chain;
import static io.skillify.support.Flows.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.support.Api;
import io.skillify.support.ApiResponse;
import io.skillify.support.RunningServer;
import io.skillify.support.Runs;
import io.skillify.support.TestDatabase;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two server instances on one database, each caching analytics answers for an hour: what makes an answer fresh is
 * the change feed (a change announced anywhere empties that workspace's answers on every instance), not the TTL.
 */
class AnalyticsAcrossInstancesTest {

    private static final String KEY = "bld_" + "7".repeat(64);

    @Test
    void answersStayCachedUntilAChangeIsAnnouncedThenEveryInstanceShowsIt() {
        TestDatabase db = TestDatabase.get();
        String url = db.freshDatabase();
        try (RunningServer first = RunningServer.start(properties(db, url));
             RunningServer second = RunningServer.start(properties(db, url))) {
            Api a = first.api(KEY);
            Api b = second.api(KEY);
            UUID workspace = UUID.fromString(a.post("/api/workspaces", Map.of("name", "cached")).data().get("id")
                    .asString());
            AnalyticsFixtures fixture = AnalyticsFixtures.on(url, db.username(), db.password());
            UUID automation = UUID.randomUUID();
            String trends = "/api/" + workspace + "/analytics/trends?from=2026-03-02&to=2026-03-03";
            fixture.quarter(workspace, automation, "2026-03-02T10:00:00Z", 1, 0, 0, 100);
            assertThat(total(a, trends)).isEqualTo(1);
            assertThat(total(b, trends)).isEqualTo(1);

            fixture.quarter(workspace, automation, "2026-03-02T10:00:00Z", 0, 1, 0, 100);
            assertThat(total(a, trends)).as("cached on A").isEqualTo(1);
            assertThat(total(b, trends)).as("cached on B").isEqualTo(1);

            String insights = "/api/" + workspace + "/analytics/insights?from=2026-03-02&to=2026-03-03";
            assertThat(kinds(a, insights)).doesNotContain("always_failing");
            assertThat(kinds(b, insights)).doesNotContain("always_failing");
            fixture.quarter(workspace, UUID.randomUUID(), "2026-03-02T11:00:00Z", 0, 3, 0, 100);
            assertThat(kinds(a, insights)).as("insights cached on A").doesNotContain("always_failing");
            assertThat(kinds(b, insights)).as("insights cached on B").doesNotContain("always_failing");

            fixture.announce(workspace);
            await("both instances drop their cached answers").atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> total(a, trends) == 5 && total(b, trends) == 5);
            assertThat(kinds(a, insights)).contains("always_failing");
            assertThat(kinds(b, insights)).contains("always_failing");
        }
    }

    /** Needs the write side (issue 14, point 1): the finished run is counted and announced. */
    @Test
    void aRunFinishedThroughOneInstanceShowsOnTheOtherWithin5Seconds() {
        TestDatabase db = TestDatabase.get();
        String url = db.freshDatabase();
        try (RunningServer first = RunningServer.start(properties(db, url));
             RunningServer second = RunningServer.start(properties(db, url))) {
            Api a = first.api(KEY);
            Api b = second.api(KEY);
            UUID workspace = UUID.fromString(a.post("/api/workspaces", Map.of("name", "live")).data().get("id")
                    .asString());
            ApiResponse created = a.post("/api/" + workspace + "/automations", Map.of("name", "one step",
                    "flow", chain(node("start", "trigger.manual", Map.of()),
                            node("say", "notify.log", Map.of("message", "hello")))));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String automation = created.data().get("id").asString();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String trends = "/api/" + workspace + "/analytics/trends?from=" + today + "&to=" + today.plusDays(1);
            assertThat(total(b, trends)).isZero();

            String run = Runs.start(a, workspace, automation, null);
            Runs.awaitEnd(a, workspace, run, Duration.ofSeconds(30));

            await("the finished run in B's trend").atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> total(b, trends) == 1);
        }
    }

    private static Map<String, Object> properties(TestDatabase db, String url) {
        return Map.of("spring.datasource.url", url, "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password(), "skillify.bootstrap-api-key", KEY,
                "skillify.rate-limit-per-minute", 1_000_000, "skillify.analytics.cache-ttl", "1h");
    }

    private static java.util.List<String> kinds(Api api, String insights) {
        ApiResponse response = api.get(insights);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.data().valueStream().map(insight -> insight.get("kind").asString()).toList();
    }

    private static long total(Api api, String trends) {
        ApiResponse response = api.get(trends);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.data().get("buckets").valueStream().mapToLong(bucket -> bucket.get("total").asLong()).sum();
    }
}
