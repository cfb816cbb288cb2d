package io.skillify.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RangeSplitTest {

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    static TimeRange range(String from, String to) {
        return new TimeRange(at(from), at(to));
    }

    @Test
    void aRangeShorterThanADayIsAllEdge() {
        RangeSplit split = RangeSplit.of(at("2026-05-04T10:15:00Z"), at("2026-05-04T18:00:00Z"), Grain.DAY);

        assertThat(split.inner()).isEmpty();
        assertThat(split.edges()).containsExactly(range("2026-05-04T10:15:00Z", "2026-05-04T18:00:00Z"));
    }

    @Test
    void aRangeOfADaysLengthAcrossMidnightHoldsNoWholeDay() {
        RangeSplit split = RangeSplit.of(at("2026-05-04T12:00:00Z"), at("2026-05-05T12:00:00Z"), Grain.DAY);

        assertThat(split.inner()).isEmpty();
        assertThat(split.edges()).containsExactly(range("2026-05-04T12:00:00Z", "2026-05-05T12:00:00Z"));
    }

    @Test
    void aRangeOnDayBoundariesIsAllDaysAndNoEdge() {
        RangeSplit split = RangeSplit.of(at("2026-05-04T00:00:00Z"), at("2026-05-07T00:00:00Z"), Grain.DAY);

        assertThat(split.inner()).contains(range("2026-05-04T00:00:00Z", "2026-05-07T00:00:00Z"));
        assertThat(split.edges()).isEmpty();
    }

    @Test
    void aRangeCrossingOneWholeDayHasAnEdgeOnEachSide() {
        RangeSplit split = RangeSplit.of(at("2026-05-03T22:30:00Z"), at("2026-05-05T01:15:00Z"), Grain.DAY);

        assertThat(split.inner()).contains(range("2026-05-04T00:00:00Z", "2026-05-05T00:00:00Z"));
        assertThat(split.edges()).containsExactly(range("2026-05-03T22:30:00Z", "2026-05-04T00:00:00Z"),
                range("2026-05-05T00:00:00Z", "2026-05-05T01:15:00Z"));
    }

    @Test
    void aRangeCrossingManyDaysStartingAtMidnightHasOnlyATrailingEdge() {
        RangeSplit split = RangeSplit.of(at("2026-02-01T00:00:00Z"), at("2026-05-02T06:00:00Z"), Grain.DAY);

        assertThat(split.inner()).contains(range("2026-02-01T00:00:00Z", "2026-05-02T00:00:00Z"));
        assertThat(split.edges()).containsExactly(range("2026-05-02T00:00:00Z", "2026-05-02T06:00:00Z"));
    }

    @Test
    void weeksStartOnMondayInUtcAndTheRemainingDaysAreEdges() {
        // Wednesday 6 May to Thursday 21 May 2026 (whole days): only the week of Monday 11 May lies inside
        RangeSplit split = RangeSplit.of(at("2026-05-06T00:00:00Z"), at("2026-05-22T00:00:00Z"), Grain.WEEK);

        assertThat(split.inner()).contains(range("2026-05-11T00:00:00Z", "2026-05-18T00:00:00Z"));
        assertThat(split.edges()).containsExactly(range("2026-05-06T00:00:00Z", "2026-05-11T00:00:00Z"),
                range("2026-05-18T00:00:00Z", "2026-05-22T00:00:00Z"));
    }

    @Test
    void anEmptyRangeHasNothing() {
        RangeSplit split = RangeSplit.of(at("2026-05-06T00:00:00Z"), at("2026-05-06T00:00:00Z"), Grain.DAY);

        assertThat(split.inner()).isEmpty();
        assertThat(split.edges()).isEmpty();
    }

    @Test
    void grainsRoundDownAndUp() {
        Instant wednesdayNoon = at("2026-05-06T12:07:00Z");

        assertThat(Grain.QUARTER.startOf(wednesdayNoon)).isEqualTo(at("2026-05-06T12:00:00Z"));
        assertThat(Grain.DAY.startOf(wednesdayNoon)).isEqualTo(at("2026-05-06T00:00:00Z"));
        assertThat(Grain.DAY.ceil(wednesdayNoon)).isEqualTo(at("2026-05-07T00:00:00Z"));
        assertThat(Grain.DAY.ceil(at("2026-05-07T00:00:00Z"))).isEqualTo(at("2026-05-07T00:00:00Z"));
        assertThat(Grain.WEEK.startOf(wednesdayNoon)).isEqualTo(at("2026-05-04T00:00:00Z"));
        assertThat(Grain.WEEK.startOf(at("1970-01-01T00:00:00Z"))).isEqualTo(at("1969-12-29T00:00:00Z"));
        assertThat(Grain.WEEK.ceil(wednesdayNoon)).isEqualTo(at("2026-05-11T00:00:00Z"));
    }
}
