package io.skillify.analytics;

import static io.skillify.analytics.AnalyticsFixture.p95;
import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import io.skillify.support.TestDatabase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The analytics routes over HTTP against a hand-computed fixture of 15-minute aggregates. UTC quarters and what they
 * are in New York (DST starts 2026-03-08 07:00Z, ends 2026-11-01 06:00Z) and Kathmandu (+5:45):
 * <pre>
 * q1  2026-03-07T04:45Z  A  2 succeeded (100, 300 ms)   NY Fri 6th 23:45 EST
 * q2  2026-03-07T05:00Z  A  1 failed (200)              NY Sat 7th 00:00 EST
 * q3  2026-03-08T06:45Z  B  2 succeeded, 1 cancelled (1000, 2000)  NY Sun 8th 01:45 EST
 * q4  2026-03-08T07:00Z  A  1 succeeded (400)           NY Sun 8th 03:00 EDT
 * q5  2026-03-09T03:45Z  B  1 failed (500)              NY Sun 8th 23:45 EDT
 * q6  2026-03-09T04:00Z  A  1 succeeded (600)           NY Mon 9th 00:00 EDT
 * q10 2026-03-09T18:00Z  A  1 succeeded (no duration)   Kathmandu Mon 9th 23:45
 * q7  2026-11-01T05:30Z  A  1 succeeded                 NY 01:30 EDT (the first)
 * q8  2026-11-01T06:30Z  A  1 failed                    NY 01:30 EST (the second)
 * q9  2026-11-02T04:45Z  B  1 succeeded                 NY Sun 1st 23:45 EST
 * </pre>
 */
class AnalyticsRoutesTest extends IntegrationTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID idle = UUID.randomUUID();
    private Caller owner;
    private UUID workspace;
    private AnalyticsFixture fixture;

    @BeforeEach
    void fixture() {
        TestDatabase db = TestDatabase.get();
        fixture = new AnalyticsFixture(db.url(), db.username(), db.password());
        owner = newAccount("analyst-" + UUID.randomUUID());
        workspace = newWorkspace(owner);
        fixture.automation(workspace, a, "Nightly report", false);
        fixture.automation(workspace, b, "Sync", false);
        fixture.automation(workspace, idle, "Idle", false);
        fixture.quarter(workspace, a, "2026-03-07T04:45:00Z", 2, 0, 0, 100, 300);
        fixture.quarter(workspace, a, "2026-03-07T05:00:00Z", 0, 1, 0, 200);
        fixture.quarter(workspace, b, "2026-03-08T06:45:00Z", 2, 0, 1, 1000, 2000);
        fixture.quarter(workspace, a, "2026-03-08T07:00:00Z", 1, 0, 0, 400);
        fixture.quarter(workspace, b, "2026-03-09T03:45:00Z", 0, 1, 0, 500);
        fixture.quarter(workspace, a, "2026-03-09T04:00:00Z", 1, 0, 0, 600);
        fixture.quarter(workspace, a, "2026-03-09T18:00:00Z", 1, 0, 0);
        fixture.quarter(workspace, a, "2026-11-01T05:30:00Z", 1, 0, 0);
        fixture.quarter(workspace, a, "2026-11-01T06:30:00Z", 0, 1, 0);
        fixture.quarter(workspace, b, "2026-11-02T04:45:00Z", 1, 0, 0);
    }

    @Test
    void utcDaysWithDurationsAndZeroFilledBuckets() {
        JsonNode trends = get("/trends?from=2026-03-06&to=2026-03-10");

        assertThat(starts(trends)).containsExactly("2026-03-06T00:00:00Z", "2026-03-07T00:00:00Z",
                "2026-03-08T00:00:00Z", "2026-03-09T00:00:00Z");
        assertThat(totals(trends)).containsExactly(0L, 3L, 4L, 3L);
        JsonNode empty = bucket(trends, 0);
        assertThat(empty.get("avgDurationMs").isNull()).isTrue();
        assertThat(empty.get("p95DurationMs").isNull()).isTrue();
        assertBucket(bucket(trends, 1), 3, 2, 1, 0, 200L, p95(100, 300, 200));
        assertBucket(bucket(trends, 2), 4, 3, 0, 1, Math.round(3400 / 3.0), p95(1000, 2000, 400));
        assertBucket(bucket(trends, 3), 3, 2, 1, 0, 550L, p95(500, 600));
        assertThat(trends.get("previous").get("total").asLong()).isZero();
        assertThat(trends.get("change").get("total").isNull()).isTrue();
        assertThat(trends.get("change").get("successRate").isNull()).isTrue();
    }

    @Test
    void newYorkDaysAcrossTheSpringChangeIncludeThe23HourDay() {
        JsonNode trends = get("/trends?from=2026-03-06&to=2026-03-10&tz=America/New_York");

        assertThat(starts(trends)).containsExactly("2026-03-06T00:00:00-05:00", "2026-03-07T00:00:00-05:00",
                "2026-03-08T00:00:00-05:00", "2026-03-09T00:00:00-04:00");
        assertThat(totals(trends)).containsExactly(2L, 1L, 5L, 2L);
        assertBucket(bucket(trends, 0), 2, 2, 0, 0, 200L, p95(100, 300));
        assertBucket(bucket(trends, 2), 5, 3, 1, 1, 975L, p95(1000, 2000, 400, 500));
        assertBucket(bucket(trends, 3), 2, 2, 0, 0, 600L, p95(600));
    }

    @Test
    void newYorkHoursOnTheSpringForwardDay() {
        JsonNode trends = get("/trends?from=2026-03-08&to=2026-03-09&tz=America/New_York&bucket=hour");

        List<String> starts = starts(trends);
        assertThat(starts).hasSize(23);
        assertThat(starts.subList(1, 3)).containsExactly("2026-03-08T01:00:00-05:00", "2026-03-08T03:00:00-04:00");
        assertThat(starts.getLast()).isEqualTo("2026-03-08T23:00:00-04:00");
        assertThat(totals(trends).get(1)).isEqualTo(3);
        assertThat(totals(trends).get(2)).isEqualTo(1);
        assertThat(totals(trends).get(22)).isEqualTo(1);
        assertThat(totals(trends).stream().mapToLong(Long::longValue).sum()).isEqualTo(5);
    }

    @Test
    void newYorkAcrossTheFallChangeHasA25HourDayAndTwoOneOClocks() {
        JsonNode days = get("/trends?from=2026-10-31&to=2026-11-03&tz=America/New_York");
        JsonNode hours = get("/trends?from=2026-11-01&to=2026-11-02&tz=America/New_York&bucket=hour");

        assertThat(starts(days)).containsExactly("2026-10-31T00:00:00-04:00", "2026-11-01T00:00:00-04:00",
                "2026-11-02T00:00:00-05:00");
        assertThat(totals(days)).containsExactly(0L, 3L, 0L);
        assertThat(starts(hours)).hasSize(25);
        assertThat(starts(hours).subList(1, 3)).containsExactly("2026-11-01T01:00:00-04:00",
                "2026-11-01T01:00:00-05:00");
        assertBucket(bucket(hours, 1), 1, 1, 0, 0, null, null);
        assertBucket(bucket(hours, 2), 1, 0, 1, 0, null, null);
        assertThat(totals(hours).get(24)).isEqualTo(1);
    }

    @Test
    void kathmanduDaysAndHoursStartAtQuarterPast() {
        JsonNode days = get("/trends?from=2026-03-07&to=2026-03-10&tz=Asia/Kathmandu");
        JsonNode hours = get("/trends?from=2026-03-09T17:15:00Z&to=2026-03-09T18:15:00Z&tz=Asia/Kathmandu&bucket=hour");

        assertThat(starts(days)).containsExactly("2026-03-07T00:00:00+05:45", "2026-03-08T00:00:00+05:45",
                "2026-03-09T00:00:00+05:45");
        assertThat(totals(days)).containsExactly(3L, 4L, 3L);
        assertThat(starts(hours)).containsExactly("2026-03-09T23:00:00+05:45");
        assertThat(totals(hours)).containsExactly(1L);
    }

    @Test
    void weeksStartOnMonday() {
        JsonNode trends = get("/trends?from=2026-03-02&to=2026-03-16&bucket=week");

        assertThat(starts(trends)).containsExactly("2026-03-02T00:00:00Z", "2026-03-09T00:00:00Z");
        assertThat(totals(trends)).containsExactly(7L, 3L);
    }

    @Test
    void thePreviousPeriodAndTheChange() {
        JsonNode trends = get("/trends?from=2026-03-08&to=2026-03-10");

        JsonNode previous = trends.get("previous");
        assertThat(previous.get("total").asLong()).isEqualTo(3);
        assertThat(previous.get("succeeded").asLong()).isEqualTo(2);
        assertThat(previous.get("failed").asLong()).isEqualTo(1);
        assertThat(trends.get("change").get("total").asDouble()).isCloseTo((7 - 3) / 3.0, within(1e-9));
        assertThat(trends.get("change").get("successRate").asDouble()).isCloseTo(5 / 7.0 - 2 / 3.0, within(1e-9));
    }

    @Test
    void oneAutomationsTrend() {
        JsonNode trends = get("/trends?from=2026-03-06&to=2026-03-10&automationId=" + a);

        assertThat(totals(trends)).containsExactly(0L, 3L, 1L, 2L);
    }

    @Test
    void successRateOverallAndPerAutomationWithNames() {
        JsonNode rates = get("/success-rate?from=2026-03-01&to=2026-03-15");

        assertThat(rates.get("overall").get("total").asLong()).isEqualTo(10);
        assertThat(rates.get("overall").get("succeeded").asLong()).isEqualTo(7);
        assertThat(rates.get("overall").get("rate").asDouble()).isCloseTo(0.7, within(1e-9));
        JsonNode lines = rates.get("automations");
        assertThat(lines.valueStream().map(line -> line.get("name").asString()).toList())
                .containsExactly("Nightly report", "Sync", "Idle");
        assertThat(lines.get(0).get("automationId").asString()).isEqualTo(a.toString());
        assertThat(lines.get(0).get("total").asLong()).isEqualTo(6);
        assertThat(lines.get(0).get("rate").asDouble()).isCloseTo(5 / 6.0, within(1e-9));
        assertThat(lines.get(1).get("rate").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(lines.get(2).get("total").asLong()).isZero();
        assertThat(lines.get(2).get("rate").isNull()).isTrue();

        JsonNode onlyB = get("/success-rate?from=2026-03-01&to=2026-03-15&automationId=" + b);
        assertThat(onlyB.get("overall").get("total").asLong()).isEqualTo(4);
        assertThat(onlyB.get("automations")).hasSize(1);
    }

    @Test
    void heatmapHas168CellsByLocalWeekdayAndHour() {
        JsonNode utc = get("/heatmap?from=2026-03-01&to=2026-03-15");
        JsonNode kathmandu = get("/heatmap?from=2026-03-01&to=2026-03-15&tz=Asia/Kathmandu");

        assertThat(utc.get("cells")).hasSize(168);
        assertThat(cell(utc, 6, 4)).isEqualTo("2/0");
        assertThat(cell(utc, 6, 5)).isEqualTo("1/1");
        assertThat(cell(utc, 7, 6)).isEqualTo("3/0");
        assertThat(cell(utc, 1, 3)).isEqualTo("1/1");
        assertThat(cell(utc, 1, 18)).isEqualTo("1/0");
        assertThat(utc.get("cells").valueStream().mapToLong(c -> c.get("total").asLong()).sum()).isEqualTo(10);
        assertThat(cell(kathmandu, 1, 23)).as("Monday 23:45 in Kathmandu").isEqualTo("1/0");
        assertThat(cell(kathmandu, 6, 10)).as("Saturday 10:30 and 10:45").isEqualTo("3/1");
    }

    @Test
    void anEmptyWorkspaceHasZeroFilledAnswers() {
        UUID empty = newWorkspace(owner);

        JsonNode trends = owner.api().get("/api/" + empty + "/analytics/trends").data();
        JsonNode heatmap = owner.api().get("/api/" + empty + "/analytics/heatmap?tz=Asia/Kathmandu").data();
        JsonNode rates = owner.api().get("/api/" + empty + "/analytics/success-rate").data();

        assertThat(trends.get("buckets").size()).as("30 days, the first and last partial").isBetween(30, 31);
        assertThat(trends.get("buckets").valueStream()).allSatisfy(bucket -> {
            assertThat(bucket.get("total").asLong()).isZero();
            assertThat(bucket.get("avgDurationMs").isNull()).isTrue();
            assertThat(bucket.get("p95DurationMs").isNull()).isTrue();
        });
        assertThat(trends.get("change").get("total").isNull()).isTrue();
        assertThat(heatmap.get("cells")).hasSize(168);
        assertThat(heatmap.get("cells").valueStream()).allSatisfy(c -> assertThat(c.get("total").asLong()).isZero());
        assertThat(rates.get("overall").get("total").asLong()).isZero();
        assertThat(rates.get("overall").get("rate").isNull()).isTrue();
        assertThat(rates.get("automations")).isEmpty();
    }

    @Test
    void badQueriesAre400sNamingTheParameter() {
        String base = "/api/" + workspace + "/analytics";
        assertThat(detailPaths(assertError(owner.api().get(base + "/trends?tz=Mars/Olympus_Mons"), 400)))
                .containsExactly("tz");
        assertThat(detailPaths(assertError(owner.api().get(base + "/trends?from=2026-03-10&to=2026-03-01"), 400)))
                .containsExactly("from");
        assertThat(detailPaths(assertError(owner.api().get(base + "/trends?bucket=minute"), 400)))
                .containsExactly("bucket");
        assertThat(detailPaths(assertError(owner.api().get(base + "/heatmap?from=yesterday"), 400)))
                .containsExactly("from");
        assertThat(detailPaths(assertError(owner.api().get(base + "/success-rate?automationId=42"), 400)))
                .containsExactly("automationId");
        assertThat(detailPaths(assertError(owner.api().get(base + "/trends?from=2025-01-01&to=2026-01-01&bucket=hour"),
                400))).containsExactly("to");
        assertThat(detailPaths(assertError(owner.api().get(base + "/trends?to=99999-01-01T00:00:00Z"), 400)))
                .containsExactly("to");
    }

    @Test
    void anotherWorkspacesRunsNeverShow() {
        Caller stranger = newAccount("stranger-" + UUID.randomUUID());
        UUID theirs = newWorkspace(stranger);
        UUID theirAutomation = UUID.randomUUID();
        fixture.quarter(theirs, theirAutomation, "2026-03-07T04:45:00Z", 5, 5, 0, 10);

        JsonNode ours = get("/trends?from=2026-03-07&to=2026-03-08");
        JsonNode theirView = stranger.api().get("/api/" + theirs + "/analytics/success-rate?from=2026-03-01&to=2026-03-15")
                .data();

        assertThat(totals(ours)).containsExactly(3L);
        assertThat(theirView.get("overall").get("total").asLong()).isEqualTo(10);
        assertThat(theirView.get("automations").valueStream().map(line -> line.get("automationId").asString()))
                .containsExactly(theirAutomation.toString());
        assertError(stranger.api().get("/api/" + workspace + "/analytics/trends"), 403);
        ApiResponse filtered = stranger.api().get("/api/" + theirs + "/analytics/trends?from=2026-03-07&to=2026-03-08"
                + "&automationId=" + a);
        assertThat(totals(filtered.data())).containsExactly(0L);
    }

    private JsonNode get(String pathAndQuery) {
        ApiResponse response = owner.api().get("/api/" + workspace + "/analytics" + pathAndQuery);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("success").asBoolean()).isTrue();
        return response.data();
    }

    private static JsonNode bucket(JsonNode trends, int index) {
        return trends.get("buckets").get(index);
    }

    private static List<String> starts(JsonNode trends) {
        return trends.get("buckets").valueStream().map(bucket -> bucket.get("start").asString()).toList();
    }

    private static List<Long> totals(JsonNode trends) {
        return trends.get("buckets").valueStream().map(bucket -> bucket.get("total").asLong()).toList();
    }

    private static String cell(JsonNode heatmap, int weekday, int hour) {
        JsonNode cell = heatmap.get("cells").get((weekday - 1) * 24 + hour);
        assertThat(cell.get("weekday").asInt()).isEqualTo(weekday);
        assertThat(cell.get("hour").asInt()).isEqualTo(hour);
        return cell.get("total").asLong() + "/" + cell.get("failed").asLong();
    }

    private static void assertBucket(JsonNode bucket, long total, long succeeded, long failed, long cancelled,
                                     Long avg, Long p95) {
        assertThat(bucket.get("total").asLong()).isEqualTo(total);
        assertThat(bucket.get("succeeded").asLong()).isEqualTo(succeeded);
        assertThat(bucket.get("failed").asLong()).isEqualTo(failed);
        assertThat(bucket.get("cancelled").asLong()).isEqualTo(cancelled);
        if (avg == null) {
            assertThat(bucket.get("avgDurationMs").isNull()).isTrue();
        } else {
            assertThat(bucket.get("avgDurationMs").asLong()).isEqualTo(avg);
        }
        if (p95 == null) {
            assertThat(bucket.get("p95DurationMs").isNull()).isTrue();
        } else {
            assertThat((double) bucket.get("p95DurationMs").asLong()).as("p95 within DDSketch's 1 %%")
                    .isCloseTo(p95, within(p95 * 0.01 + 1));
        }
    }
}
