package io.skillify.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.Problem;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnalyticsFilterTest {

    private static final Instant NOW = Instant.parse("2026-03-31T10:07:00Z");

    @Test
    void byDefaultTheLast30DaysInUtcByDayForTheWholeWorkspace() {
        AnalyticsFilter filter = AnalyticsFilter.parse(null, null, null, null, null, NOW);

        assertThat(filter.automation()).isEmpty();
        assertThat(filter.window().to()).isEqualTo(Instant.parse("2026-03-31T10:15:00Z"));
        assertThat(filter.window().from()).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
        assertThat(filter.window().zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(filter.window().bucket()).isEqualTo(TimeBucket.DAY);
    }

    @Test
    void datesAreTheStartOfTheDayInTheZone() {
        AnalyticsFilter filter = AnalyticsFilter.parse("2026-03-07", "2026-03-10", "America/New_York", "hour",
                "0190b0a4-0000-7000-8000-000000000001", NOW);

        assertThat(filter.window().from()).isEqualTo(Instant.parse("2026-03-07T05:00:00Z"));
        assertThat(filter.window().to()).isEqualTo(Instant.parse("2026-03-10T04:00:00Z"));
        assertThat(filter.window().zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(filter.window().bucket()).isEqualTo(TimeBucket.HOUR);
        assertThat(filter.automation()).contains(
                new AutomationId(UUID.fromString("0190b0a4-0000-7000-8000-000000000001")));
    }

    @Test
    void dateTimesCarryTheirOffset() {
        AnalyticsFilter filter = AnalyticsFilter.parse("2026-03-07T00:00:00-05:00", "2026-03-08T00:00:00Z", null,
                "week", null, NOW);

        assertThat(filter.window().from()).isEqualTo(Instant.parse("2026-03-07T05:00:00Z"));
        assertThat(filter.window().bucket()).isEqualTo(TimeBucket.WEEK);
    }

    @Test
    void anUnknownZoneIsRefused() {
        assertProblems(() -> AnalyticsFilter.parse(null, null, "Mars/Olympus_Mons", null, null, NOW), "tz");
        assertProblems(() -> AnalyticsFilter.parse(null, null, "+05:07", null, null, NOW), "tz");
    }

    @Test
    void fromAfterToIsRefused() {
        assertProblems(() -> AnalyticsFilter.parse("2026-03-10", "2026-03-01", null, null, null, NOW), "from");
    }

    @Test
    void anUnknownBucketIsRefused() {
        assertProblems(() -> AnalyticsFilter.parse(null, null, null, "minute", null, NOW), "bucket");
    }

    @Test
    void malformedDatesAndAutomationIdsAreRefusedTogether() {
        assertProblems(() -> AnalyticsFilter.parse("yesterday", "2026-13-01", null, null, "42", NOW),
                "automationId", "from", "to");
        assertProblems(() -> AnalyticsFilter.parse("0001-01-01", null, null, null, null, NOW), "from");
    }

    @Test
    void aRangeOfMoreThan5000BucketsIsRefused() {
        assertProblems(() -> AnalyticsFilter.parse("2026-01-01", "2026-12-31", null, "hour", null, NOW), "to");
        assertThat(AnalyticsFilter.parse("2026-01-01", "2026-12-31", null, "day", null, NOW).window().buckets().size())
                .isEqualTo(364);
    }

    private static void assertProblems(Runnable parse, String... paths) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(InvalidInputException.class, refused ->
                assertThat(refused.problems()).extracting(Problem::path).containsExactlyInAnyOrder(paths));
    }
}
