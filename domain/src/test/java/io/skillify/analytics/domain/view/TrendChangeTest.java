package io.skillify.analytics.domain.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TrendChangeTest {

    @Test
    void totalIsTheRelativeChangeOfTheNumberOfRuns() {
        TrendChange change = TrendChange.between(new PeriodTotals(15, 12, 3), new PeriodTotals(10, 9, 1));

        assertThat(change.total()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void successRateIsTheDifferenceOfTheRatesInFractionPoints() {
        TrendChange change = TrendChange.between(new PeriodTotals(10, 8, 2), new PeriodTotals(10, 9, 1));

        assertThat(change.successRate()).isCloseTo(-0.1, within(1e-9));
    }

    @Test
    void nothingToCompareGivesNulls() {
        assertThat(TrendChange.between(new PeriodTotals(5, 5, 0), PeriodTotals.NONE))
                .isEqualTo(new TrendChange(null, null));
        TrendChange allGone = TrendChange.between(PeriodTotals.NONE, new PeriodTotals(4, 2, 2));
        assertThat(allGone.total()).isEqualTo(-1.0);
        assertThat(allGone.successRate()).isNull();
    }

    @Test
    void ratesAreFractionsOrNull() {
        assertThat(Rates.of(1, 4)).isEqualTo(0.25);
        assertThat(Rates.of(0, 0)).isNull();
    }
}
