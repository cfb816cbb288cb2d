package io.skillify.analytics;

import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * GET /analytics/insights over a fixture in the analytics tables: March 2026 (UTC) against the 31 days before it.
 * billing: 8 of 20 runs failed against 1 of 20 → failure_rate_spike (warning); sync: 4 of 4 failed →
 * always_failing (critical); idle: no run → not_run (info); billing's fetch node is the slowest (p95 ≈ 1000 ms,
 * info); one worker at $20 among nineteen at $1 → worker_cost_outlier (critical, over 10 × the median).
 */
class InsightsRouteTest extends IntegrationTest {

    private static final String MARCH = "from=2026-03-01&to=2026-03-31";
    private static final Instant IN_MARCH = Instant.parse("2026-03-10T10:00:00Z");
    private static final Instant IN_FEBRUARY = Instant.parse("2026-02-10T10:00:00Z");

    @Autowired
    private JdbcTemplate jdbc;

    private record Fixture(UUID billing, UUID sync, UUID idle, UUID costly) {
    }

    private Fixture fixture(UUID workspace) {
        InsightsFixture rows = new InsightsFixture(jdbc, workspace);
        Instant longAgo = Instant.parse("2025-12-01T00:00:00Z");
        UUID billing = rows.automation("billing", longAgo);
        UUID sync = rows.automation("sync", longAgo);
        UUID idle = rows.automation("idle", longAgo);
        rows.runs(billing, IN_MARCH, 7, 3);
        rows.runs(billing, IN_MARCH.plus(Duration.ofDays(5)), 5, 5);
        rows.runs(billing, IN_FEBRUARY, 19, 1);
        rows.runs(sync, IN_MARCH, 0, 4);
        rows.steps(billing, "fetch", IN_MARCH, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000);
        rows.steps(billing, "parse", IN_MARCH, 10, 20, 30, 40, 50);
        for (int n = 0; n < 19; n++) {
            rows.worker("1.00", IN_MARCH);
        }
        UUID costly = rows.worker("20.00", IN_MARCH);
        rows.worker("900", IN_FEBRUARY);
        return new Fixture(billing, sync, idle, costly);
    }

    @Test
    void theFixtureGivesEveryKindMostSevereFirst() {
        Caller owner = newAccount("insights-owner");
        UUID workspace = newWorkspace(owner);
        Fixture fixture = fixture(workspace);

        ApiResponse answer = owner.api().get("/api/" + workspace + "/analytics/insights?" + MARCH);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("success").asBoolean()).isTrue();
        List<String> summary = new ArrayList<>();
        for (JsonNode insight : answer.data()) {
            summary.add(insight.get("kind").asString() + "/" + insight.get("severity").asString() + "/"
                    + insight.path("automationId").asString("-") + "/" + insight.path("nodeId").asString("-"));
        }
        assertThat(summary).containsExactly(
                "always_failing/critical/" + fixture.sync() + "/-",
                "worker_cost_outlier/critical/-/-",
                "failure_rate_spike/warning/" + fixture.billing() + "/-",
                "not_run/info/" + fixture.idle() + "/-",
                "slowest_node/info/" + fixture.billing() + "/fetch");

        JsonNode spike = answer.data().get(2);
        assertThat(spike.get("metric").asDouble()).isEqualTo(0.4);
        assertThat(spike.get("title").asString()).contains("billing");
        assertThat(spike.get("detail").asString()).contains("40% of 20 runs").contains("5% of 20");
        assertThat(answer.data().get(1).get("workerId").asString()).isEqualTo(fixture.costly().toString());
        assertThat(answer.data().get(1).get("metric").asDouble()).isEqualTo(20.0);
        assertThat(answer.data().get(4).get("metric").asDouble()).isBetween(890.0, 1010.0);
        assertThat(answer.data().get(3).has("nodeId")).isFalse();
    }

    @Test
    void oneAutomationAskedForIsJudgedAlone() {
        Caller owner = newAccount("insights-one");
        UUID workspace = newWorkspace(owner);
        Fixture fixture = fixture(workspace);

        ApiResponse answer = owner.api().get("/api/" + workspace + "/analytics/insights?" + MARCH
                + "&automationId=" + fixture.sync());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.data()).hasSize(1);
        assertThat(answer.data().get(0).get("kind").asString()).isEqualTo("always_failing");
    }

    @Test
    void anotherWorkspaceSeesNoneOfItAndOutsidersAreRefused() {
        Caller owner = newAccount("insights-tenant");
        UUID workspace = newWorkspace(owner);
        fixture(workspace);
        Caller other = newAccount("insights-other");
        UUID otherWorkspace = newWorkspace(other);

        ApiResponse theirs = other.api().get("/api/" + otherWorkspace + "/analytics/insights?" + MARCH);
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(200);
        assertThat(theirs.data()).isEmpty();

        assertError(other.api().get("/api/" + workspace + "/analytics/insights?" + MARCH), 403);
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        Caller owner = newAccount("insights-bad");
        UUID workspace = newWorkspace(owner);
        String route = "/api/" + workspace + "/analytics/insights?";

        assertThat(detailPaths(assertError(owner.api().get(route + "tz=Mars/Olympus"), 400))).containsExactly("tz");
        assertThat(detailPaths(assertError(owner.api().get(route + "from=2026-03-05&to=2026-03-01"), 400)))
                .containsExactly("from");
        assertThat(detailPaths(assertError(owner.api().get(route + "from=last-week"), 400))).containsExactly("from");
        assertThat(detailPaths(assertError(owner.api().get(route + "automationId=42"), 400)))
                .containsExactly("automationId");
        // dates PostgreSQL cannot hold (a 500 before): the same bounds as the other analytics routes
        assertThat(detailPaths(assertError(owner.api().get(route + "from=0001-01-01&to=9999-12-31"), 400)))
                .containsExactly("from");
        assertThat(detailPaths(assertError(owner.api().get(route + "from=-100000-01-01T00:00:00Z"), 400)))
                .containsExactly("from");
        assertThat(detailPaths(assertError(owner.api().get(route + "from=1970-01-01&to=9999-12-31"), 400)))
                .containsExactly("to");
    }
}
