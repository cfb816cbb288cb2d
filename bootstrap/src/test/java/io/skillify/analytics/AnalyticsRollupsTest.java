package io.skillify.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillify.analytics.application.port.in.RecordFinishedRunUseCase;
import io.skillify.automation.domain.AutomationId;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.RunStatus;
import io.skillify.run.domain.StepStatus;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.run.domain.event.StepOutcome;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Answers over ranges read from the roll-ups (runs per day, steps per day and week) through the real write path:
 * the same numbers as from the quarters, and the whole-day rounding of node durations.
 */
class AnalyticsRollupsTest extends IntegrationTest {

    @Autowired
    RecordFinishedRunUseCase recorder;

    @Test
    void aSuccessRateStartingAndEndingMidDayCountsTheEdgeQuartersAndTheWholeDaysBetween() {
        Caller owner = newAccount("rollup-rates");
        UUID workspace = newWorkspace(owner);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<RunFinished> runs = new ArrayList<>();
        runs.add(run(workspace, a, "2026-05-04T17:59:00Z", RunStatus.SUCCEEDED)); // before from, its quarter too
        runs.add(run(workspace, b, "2026-05-04T10:00:00Z", RunStatus.FAILED));    // the first day, before from
        runs.add(run(workspace, a, "2026-05-04T18:00:00Z", RunStatus.SUCCEEDED)); // first quarter of the window
        runs.add(run(workspace, a, "2026-05-04T23:59:00Z", RunStatus.FAILED));    // last quarter of the first day
        runs.add(run(workspace, a, "2026-05-05T00:00:00Z", RunStatus.SUCCEEDED)); // whole days
        runs.add(run(workspace, a, "2026-05-06T12:00:00Z", RunStatus.SUCCEEDED));
        runs.add(run(workspace, b, "2026-05-07T23:50:00Z", RunStatus.FAILED));
        runs.add(run(workspace, b, "2026-05-08T05:59:00Z", RunStatus.SUCCEEDED)); // last quarter of the window
        runs.add(run(workspace, b, "2026-05-08T06:00:00Z", RunStatus.SUCCEEDED)); // at to: outside
        runs.add(run(workspace, a, "2026-05-08T12:00:00Z", RunStatus.FAILED));    // the last day, after to
        assertThat(recorder.record(runs)).isEqualTo(10);

        JsonNode rates = get(owner, workspace, "/success-rate?from=2026-05-04T18:00:00Z&to=2026-05-08T06:00:00Z");

        // a: 18:00 succeeded, 23:59 failed, 5 May and 6 May succeeded; b: 7 May failed, 8 May 05:59 succeeded
        assertThat(rates.get("overall").get("total").asLong()).isEqualTo(6);
        assertThat(rates.get("overall").get("succeeded").asLong()).isEqualTo(4);
        JsonNode lines = rates.get("automations");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("automationId").asString()).isEqualTo(a.toString());
        assertThat(lines.get(0).get("total").asLong()).isEqualTo(4);
        assertThat(lines.get(0).get("rate").asDouble()).isCloseTo(0.75, within(1e-9));
        assertThat(lines.get(1).get("automationId").asString()).isEqualTo(b.toString());
        assertThat(lines.get(1).get("total").asLong()).isEqualTo(2);
        assertThat(lines.get(1).get("succeeded").asLong()).isEqualTo(1);

        JsonNode onlyA = get(owner, workspace, "/success-rate?from=2026-05-04T18:00:00Z&to=2026-05-08T06:00:00Z"
                + "&automationId=" + a);
        assertThat(onlyA.get("overall").get("total").asLong()).isEqualTo(4);
        assertThat(onlyA.get("overall").get("succeeded").asLong()).isEqualTo(3);
        JsonNode shorterThanADay = get(owner, workspace, "/success-rate?from=2026-05-04T18:00:00Z"
                + "&to=2026-05-05T06:00:00Z");
        assertThat(shorterThanADay.get("overall").get("total").asLong()).isEqualTo(3);
        JsonNode wholeDays = get(owner, workspace, "/success-rate?from=2026-05-04&to=2026-05-09");
        assertThat(wholeDays.get("overall").get("total").asLong()).isEqualTo(10);
    }

    @Test
    void aRangeStartingAndEndingMidHourCountsTheEdgeQuartersTheEdgeHoursAndTheWholeDays() {
        Caller owner = newAccount("rollup-hours");
        UUID workspace = newWorkspace(owner);
        UUID a = UUID.randomUUID();
        List<RunFinished> runs = new ArrayList<>();
        runs.add(run(workspace, a, "2026-05-04T17:14:00Z", RunStatus.SUCCEEDED)); // its hour, before from
        runs.add(run(workspace, a, "2026-05-04T17:15:00Z", RunStatus.SUCCEEDED)); // first quarter of the window
        runs.add(run(workspace, a, "2026-05-04T17:59:00Z", RunStatus.FAILED));    // last quarter of that hour
        runs.add(run(workspace, a, "2026-05-04T18:30:00Z", RunStatus.SUCCEEDED)); // a whole hour of the first day
        runs.add(run(workspace, a, "2026-05-05T11:00:00Z", RunStatus.SUCCEEDED)); // a whole day
        runs.add(run(workspace, a, "2026-05-06T05:00:00Z", RunStatus.FAILED));    // a whole hour of the last day
        runs.add(run(workspace, a, "2026-05-06T06:44:00Z", RunStatus.SUCCEEDED)); // last quarter of the window
        runs.add(run(workspace, a, "2026-05-06T06:45:00Z", RunStatus.SUCCEEDED)); // at to: outside, its hour inside
        assertThat(recorder.record(runs)).isEqualTo(8);

        JsonNode rates = get(owner, workspace, "/success-rate?from=2026-05-04T17:15:00Z&to=2026-05-06T06:45:00Z");
        assertThat(rates.get("overall").get("total").asLong()).isEqualTo(6);
        assertThat(rates.get("overall").get("succeeded").asLong()).isEqualTo(4);
        assertThat(rates.get("automations").get(0).get("total").asLong()).isEqualTo(6);

        JsonNode trend = get(owner, workspace, "/trends?bucket=hour&from=2026-05-04T17:15:00Z"
                + "&to=2026-05-06T06:45:00Z");
        long total = 0;
        for (JsonNode bucket : trend.get("buckets")) {
            total += bucket.get("total").asLong();
        }
        assertThat(total).isEqualTo(6);
        JsonNode first = trend.get("buckets").get(0);
        assertThat(first.get("start").asString()).isEqualTo("2026-05-04T17:00:00Z");
        assertThat(first.get("total").asLong()).as("17:15 and 17:59, not 17:14").isEqualTo(2);
        JsonNode last = trend.get("buckets").get(trend.get("buckets").size() - 1);
        assertThat(last.get("start").asString()).isEqualTo("2026-05-06T06:00:00Z");
        assertThat(last.get("total").asLong()).as("06:44, not 06:45").isEqualTo(1);
    }

    @Test
    void theSlowestNodeIsJudgedOnTheWholeUtcDaysThePeriodTouches() {
        Caller owner = newAccount("rollup-insights");
        UUID workspace = newWorkspace(owner);
        UUID quick = UUID.randomUUID();
        UUID slow = UUID.randomUUID();
        List<RunFinished> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // inside the period
            runs.add(run(workspace, quick, "2026-05-08T1" + i + ":00:00Z", RunStatus.SUCCEEDED, "fetch", 100));
            // 6 May, before the period's start at noon: only the day's rounding brings these steps in
            runs.add(run(workspace, slow, "2026-05-06T0" + i + ":00:00Z", RunStatus.SUCCEEDED, "crunch", 5_000));
        }
        recorder.record(runs);

        ApiResponse answer = owner.api().get("/api/" + workspace
                + "/analytics/insights?from=2026-05-06T12:00:00Z&to=2026-05-13T12:00:00Z");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode slowest = answer.data().valueStream().filter(insight -> insight.get("kind").asString()
                .equals("slowest_node")).findFirst().orElseThrow();
        assertThat(slowest.get("nodeId").asString()).isEqualTo("crunch");
        assertThat(slowest.get("automationId").asString()).isEqualTo(slow.toString());
        assertThat(slowest.get("metric").asDouble()).isCloseTo(5_000, within(50.0));
        // while runs count exactly in the period: the slow automation's runs are not in it
        ApiResponse later = owner.api().get("/api/" + workspace
                + "/analytics/insights?from=2026-05-07T00:00:00Z&to=2026-05-13T12:00:00Z");
        JsonNode laterSlowest = later.data().valueStream().filter(insight -> insight.get("kind").asString()
                .equals("slowest_node")).findFirst().orElseThrow();
        assertThat(laterSlowest.get("nodeId").asString()).isEqualTo("fetch");
    }

    private JsonNode get(Caller owner, UUID workspace, String route) {
        ApiResponse answer = owner.api().get("/api/" + workspace + "/analytics" + route);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.data();
    }

    private static RunFinished run(UUID workspace, UUID automation, String createdAt, RunStatus status) {
        return run(workspace, automation, createdAt, status, "step", 10);
    }

    private static RunFinished run(UUID workspace, UUID automation, String createdAt, RunStatus status, String node,
                                   long stepMs) {
        Instant created = Instant.parse(createdAt);
        return new RunFinished(new WorkspaceId(workspace), new RunId(UUID.randomUUID()), new AutomationId(automation),
                1, status, null, created, created, created.plusMillis(stepMs + 5), stepMs + 5,
                List.of(new StepOutcome(node, "http.request", status == RunStatus.FAILED ? StepStatus.FAILED
                        : StepStatus.SUCCEEDED, 1, stepMs)));
    }
}
