package io.skillify.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.skillify.analytics.application.fakes.InMemoryAggregateReads;
import io.skillify.analytics.domain.AnalyticsFilter;
import io.skillify.analytics.domain.view.AutomationRate;
import io.skillify.analytics.domain.view.Heatmap;
import io.skillify.analytics.domain.view.KnownAutomation;
import io.skillify.analytics.domain.view.PeriodTotals;
import io.skillify.analytics.domain.view.BucketCounts;
import io.skillify.analytics.domain.view.SuccessRates;
import io.skillify.analytics.domain.view.TrendBucket;
import io.skillify.analytics.domain.view.Trends;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnalyticsAnswersTest {

    private static final Instant NOW = Instant.parse("2026-03-31T00:00:00Z");
    private static final WorkspaceId WORKSPACE = new WorkspaceId(UUID.randomUUID());
    private static final AutomationId DAILY = new AutomationId(UUID.randomUUID());
    private static final AutomationId IDLE = new AutomationId(UUID.randomUUID());
    private static final AutomationId GONE = new AutomationId(UUID.randomUUID());

    private final InMemoryAggregateReads aggregates = new InMemoryAggregateReads();

    @Test
    void trendBucketsAreZeroFilledWithDurationsFromTheQuarters() {
        aggregates.add(WORKSPACE, DAILY, quarter("2026-03-02T10:00:00Z", 3, 2, 1, 0, 100, 200, 300))
                .add(WORKSPACE, DAILY, quarter("2026-03-02T10:15:00Z", 1, 1, 0, 0, 1000));

        Trends trends = trends("2026-03-01", "2026-03-04", "day");

        assertThat(trends.buckets()).extracting(TrendBucket::total).containsExactly(0L, 4L, 0L);
        TrendBucket second = trends.buckets().get(1);
        assertThat(second.succeeded()).isEqualTo(3);
        assertThat(second.failed()).isEqualTo(1);
        assertThat(second.avgDurationMs()).isEqualTo(400);
        assertThat((double) second.p95DurationMs()).as("the value at rank 0.95 x (4 - 1) of 100, 200, 300, 1000")
                .isCloseTo(300, within(300 * DurationSketch.RELATIVE_ACCURACY + 1));
        assertThat(trends.buckets().getFirst().avgDurationMs()).isNull();
        assertThat(trends.buckets().getFirst().p95DurationMs()).isNull();
    }

    @Test
    void thePreviousPeriodIsTheSameLengthJustBefore() {
        aggregates.add(WORKSPACE, DAILY, quarter("2026-02-25T23:45:00Z", 9, 9, 0, 0))
                .add(WORKSPACE, DAILY, quarter("2026-02-27T00:00:00Z", 2, 1, 1, 0))
                .add(WORKSPACE, DAILY, quarter("2026-03-02T00:00:00Z", 4, 1, 3, 0));

        Trends trends = trends("2026-03-01", "2026-03-04", "day");

        assertThat(trends.previous()).as("25 Feb is outside the 3 days before").isEqualTo(new PeriodTotals(2, 1, 1));
        assertThat(trends.change().total()).isEqualTo(1.0);
        assertThat(trends.change().successRate()).isCloseTo(0.25 - 0.5, within(1e-9));
    }

    @Test
    void anEmptyWorkspaceHasNullAveragesAndNothingToCompare() {
        Trends trends = trends("2026-03-01", "2026-03-08", "day");

        assertThat(trends.buckets()).hasSize(7).allSatisfy(bucket -> {
            assertThat(bucket.total()).isZero();
            assertThat(bucket.avgDurationMs()).isNull();
        });
        assertThat(trends.change().total()).isNull();
        assertThat(trends.change().successRate()).isNull();
    }

    @Test
    void successRatesNameEveryAutomationThatRanAndEveryCurrentOneThatDidNot() {
        aggregates.add(WORKSPACE, DAILY, quarter("2026-03-02T10:00:00Z", 4, 3, 1, 0))
                .add(WORKSPACE, GONE, quarter("2026-03-02T11:00:00Z", 1, 0, 1, 0))
                .name(WORKSPACE, new KnownAutomation(DAILY, "Daily report", false))
                .name(WORKSPACE, new KnownAutomation(IDLE, "Idle", false))
                .name(WORKSPACE, new KnownAutomation(GONE, "Removed", true));

        SuccessRates rates = new SuccessRateService(aggregates).successRate(WORKSPACE, filter("2026-03-01", "2026-03-04", null));

        assertThat(rates.overall()).isEqualTo(SuccessRates.RateLine.of(5, 3));
        assertThat(rates.overall().rate()).isEqualTo(0.6);
        assertThat(rates.automations()).containsExactly(
                new AutomationRate(DAILY, "Daily report", 4, 3, 0.75),
                new AutomationRate(GONE, "Removed", 1, 0, 0.0),
                new AutomationRate(IDLE, "Idle", 0, 0, null));
    }

    @Test
    void aFilteredSuccessRateIsThatAutomationOnly() {
        aggregates.add(WORKSPACE, DAILY, quarter("2026-03-02T10:00:00Z", 4, 3, 1, 0))
                .add(WORKSPACE, GONE, quarter("2026-03-02T11:00:00Z", 1, 0, 1, 0));

        SuccessRates rates = new SuccessRateService(aggregates).successRate(WORKSPACE,
                AnalyticsFilter.parse("2026-03-01", "2026-03-04", null, null, DAILY.value().toString(), NOW));

        assertThat(rates.overall().total()).isEqualTo(4);
        assertThat(rates.automations()).extracting(AutomationRate::automationId).containsExactly(DAILY);
    }

    @Test
    void theHeatmapHas168CellsInTheZone() {
        aggregates.add(WORKSPACE, DAILY, quarter("2026-03-02T18:15:00Z", 2, 1, 1, 0))
                .add(WORKSPACE, DAILY, quarter("2026-03-02T18:00:00Z", 5, 5, 0, 0));

        Heatmap heatmap = new HeatmapService(aggregates).heatmap(WORKSPACE,
                AnalyticsFilter.parse("2026-03-01", "2026-03-08", "Asia/Kathmandu", null, null, NOW));

        assertThat(heatmap.cells()).hasSize(168);
        assertThat(heatmap.cells().get(24)).as("Tuesday 0h").isEqualTo(new Heatmap.Cell(2, 0, 2, 1));
        assertThat(heatmap.cells().get(23)).as("Monday 23h").isEqualTo(new Heatmap.Cell(1, 23, 5, 0));
        assertThat(heatmap.cells().stream().mapToLong(Heatmap.Cell::total).sum()).isEqualTo(7);
    }

    @Test
    void anotherWorkspacesRowsNeverCount() {
        aggregates.add(new WorkspaceId(UUID.randomUUID()), DAILY, quarter("2026-03-02T10:00:00Z", 4, 3, 1, 0));

        assertThat(trends("2026-03-01", "2026-03-04", "day").buckets()).allMatch(bucket -> bucket.total() == 0);
    }

    private Trends trends(String from, String to, String bucket) {
        return new TrendsService(aggregates).trends(WORKSPACE, AnalyticsFilter.parse(from, to, null, bucket, null, NOW));
    }

    private static AnalyticsFilter filter(String from, String to, String tz) {
        return AnalyticsFilter.parse(from, to, tz, null, null, NOW);
    }

    static BucketCounts quarter(String start, long total, long succeeded, long failed, long cancelled,
                                 long... durations) {
        DurationSketch sketch = DurationSketch.empty();
        long sum = 0;
        for (long duration : durations) {
            sketch.add(duration);
            sum += duration;
        }
        return new BucketCounts(Instant.parse(start), total, succeeded, failed, cancelled, durations.length, sum,
                durations.length == 0 ? null : sketch.toBytes());
    }
}
