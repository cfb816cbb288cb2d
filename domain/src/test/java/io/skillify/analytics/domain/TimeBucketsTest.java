package io.skillify.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeBucketsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");

    @Test
    void utcDaysAreMidnightToMidnight() {
        TimeBuckets buckets = window("2026-03-01T00:00:00Z", "2026-03-04T00:00:00Z", ZoneOffset.UTC, TimeBucket.DAY);

        assertThat(offsets(buckets)).containsExactly("2026-03-01T00:00Z", "2026-03-02T00:00Z", "2026-03-03T00:00Z");
        assertThat(buckets.indexOf(Instant.parse("2026-03-02T23:45:00Z"))).isEqualTo(1);
        assertThat(buckets.indexOf(Instant.parse("2026-03-03T00:00:00Z"))).isEqualTo(2);
    }

    @Test
    void theNewYorkSpringForwardDayHas23Hours() {
        TimeBuckets buckets = window("2026-03-07T05:00:00Z", "2026-03-10T04:00:00Z", NEW_YORK, TimeBucket.DAY);

        assertThat(offsets(buckets)).containsExactly("2026-03-07T00:00-05:00", "2026-03-08T00:00-05:00",
                "2026-03-09T00:00-04:00");
        assertThat(hoursBetween(buckets.starts().get(1), buckets.starts().get(2))).isEqualTo(23);
        assertThat(buckets.indexOf(Instant.parse("2026-03-09T03:45:00Z"))).as("23:45 EDT on the 8th").isEqualTo(1);
        assertThat(buckets.indexOf(Instant.parse("2026-03-09T04:00:00Z"))).as("midnight EDT, the 9th").isEqualTo(2);
    }

    @Test
    void theNewYorkFallBackDayHas25Hours() {
        TimeBuckets buckets = window("2026-11-01T04:00:00Z", "2026-11-03T05:00:00Z", NEW_YORK, TimeBucket.DAY);

        assertThat(offsets(buckets)).containsExactly("2026-11-01T00:00-04:00", "2026-11-02T00:00-05:00");
        assertThat(hoursBetween(buckets.starts().get(0), buckets.starts().get(1))).isEqualTo(25);
        assertThat(buckets.indexOf(Instant.parse("2026-11-02T04:45:00Z"))).as("23:45 EST on the 1st").isZero();
        assertThat(buckets.indexOf(Instant.parse("2026-11-02T05:00:00Z"))).isEqualTo(1);
    }

    @Test
    void hourBucketsFollowTheLocalClockAcrossBothChanges() {
        TimeBuckets spring = window("2026-03-08T05:00:00Z", "2026-03-09T04:00:00Z", NEW_YORK, TimeBucket.HOUR);
        TimeBuckets fall = window("2026-11-01T04:00:00Z", "2026-11-02T05:00:00Z", NEW_YORK, TimeBucket.HOUR);

        assertThat(spring.size()).isEqualTo(23);
        assertThat(offsets(spring).subList(1, 3)).containsExactly("2026-03-08T01:00-05:00", "2026-03-08T03:00-04:00");
        assertThat(fall.size()).isEqualTo(25);
        assertThat(offsets(fall).subList(1, 3)).containsExactly("2026-11-01T01:00-04:00", "2026-11-01T01:00-05:00");
        assertThat(fall.indexOf(Instant.parse("2026-11-01T06:15:00Z"))).as("the second 01:15, EST").isEqualTo(2);
    }

    @Test
    void kolkataHoursStartAtHalfPastInUtc() {
        TimeBuckets buckets = window("2026-03-01T00:00:00Z", "2026-03-01T02:00:00Z", KOLKATA, TimeBucket.HOUR);

        assertThat(offsets(buckets)).containsExactly("2026-03-01T05:00+05:30", "2026-03-01T06:00+05:30",
                "2026-03-01T07:00+05:30");
        assertThat(buckets.indexOf(Instant.parse("2026-03-01T00:15:00Z"))).as("05:45 local").isZero();
        assertThat(buckets.indexOf(Instant.parse("2026-03-01T00:30:00Z"))).as("06:00 local").isEqualTo(1);
    }

    @Test
    void kathmanduDaysStartAtQuarterPastSixInUtc() {
        TimeBuckets buckets = window("2026-03-01T18:15:00Z", "2026-03-03T18:15:00Z", KATHMANDU, TimeBucket.DAY);

        assertThat(offsets(buckets)).containsExactly("2026-03-02T00:00+05:45", "2026-03-03T00:00+05:45");
        assertThat(buckets.indexOf(Instant.parse("2026-03-02T18:00:00Z"))).as("23:45 local").isZero();
        assertThat(buckets.indexOf(Instant.parse("2026-03-02T18:15:00Z"))).as("midnight local").isEqualTo(1);
    }

    @Test
    void weeksStartOnMonday() {
        TimeBuckets buckets = window("2026-03-04T00:00:00Z", "2026-03-18T00:00:00Z", ZoneOffset.UTC, TimeBucket.WEEK);

        assertThat(offsets(buckets)).containsExactly("2026-03-02T00:00Z", "2026-03-09T00:00Z", "2026-03-16T00:00Z");
        assertThat(buckets.indexOf(Instant.parse("2026-03-15T23:45:00Z"))).as("Sunday night").isEqualTo(1);
    }

    @Test
    void aWeekAcrossSpringForwardIsOneHourShort() {
        TimeBuckets buckets = window("2026-03-02T05:00:00Z", "2026-03-16T04:00:00Z", NEW_YORK, TimeBucket.WEEK);

        assertThat(offsets(buckets)).containsExactly("2026-03-02T00:00-05:00", "2026-03-09T00:00-04:00");
        assertThat(hoursBetween(buckets.starts().get(0), buckets.starts().get(1))).isEqualTo(7 * 24 - 1);
    }

    @Test
    void aWindowIsWholeQuarters() {
        AnalyticsWindow window = new AnalyticsWindow(Instant.parse("2026-03-01T10:07:00Z"),
                Instant.parse("2026-03-01T11:01:00Z"), ZoneOffset.UTC, TimeBucket.HOUR);

        assertThat(window.from()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(window.to()).isEqualTo(Instant.parse("2026-03-01T11:15:00Z"));
        assertThat(window.previousFrom()).isEqualTo(Instant.parse("2026-03-01T08:45:00Z"));
    }

    @Test
    void theLastHourEndsWithTheCurrentQuarter() {
        AnalyticsWindow window = AnalyticsWindow.lastHour(Instant.parse("2026-03-01T10:07:00Z"));

        assertThat(window.from()).isEqualTo(Instant.parse("2026-03-01T09:15:00Z"));
        assertThat(window.to()).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
        assertThat(window.bucket()).isEqualTo(TimeBucket.HOUR);
    }

    @Test
    void heatmapCellsAreLocalWeekdayAndHour() {
        Instant mondayQuarterPastSixUtc = Instant.parse("2026-03-02T18:15:00Z");

        assertThat(WeekHour.of(mondayQuarterPastSixUtc, KATHMANDU)).isEqualTo(new WeekHour(2, 0));
        assertThat(WeekHour.of(mondayQuarterPastSixUtc, ZoneOffset.UTC)).isEqualTo(new WeekHour(1, 18));
        assertThat(WeekHour.of(Instant.parse("2026-11-01T06:15:00Z"), NEW_YORK)).isEqualTo(new WeekHour(7, 1));
        assertThat(WeekHour.at(167)).isEqualTo(new WeekHour(7, 23));
        assertThat(new WeekHour(3, 5).index()).isEqualTo(2 * 24 + 5);
    }

    private static TimeBuckets window(String from, String to, ZoneId zone, TimeBucket bucket) {
        return new AnalyticsWindow(Instant.parse(from), Instant.parse(to), zone, bucket).buckets();
    }

    private static List<String> offsets(TimeBuckets buckets) {
        return buckets.starts().stream().map(ZonedDateTime::toOffsetDateTime).map(OffsetDateTime::toString).toList();
    }

    private static long hoursBetween(ZonedDateTime a, ZonedDateTime b) {
        return java.time.Duration.between(a, b).toHours();
    }
}
