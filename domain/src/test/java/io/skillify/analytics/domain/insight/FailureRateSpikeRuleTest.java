package io.skillify.analytics.domain.insight;

import static io.skillify.analytics.domain.insight.Figures.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FailureRateSpikeRuleTest {

    private final FailureRateSpikeRule rule = new FailureRateSpikeRule();

    @Test
    void aRiseOfTwentyPointsOrMoreIsReportedWithTheCurrentRateAsMetric() {
        List<Insight> found = rule.find(new Figures().automation(id(1), "billing", Figures.FROM, null)
                .runs(id(1), 14, 6).previous(id(1), 19, 1).build());

        assertThat(found).singleElement().satisfies(insight -> {
            assertThat(insight.kind()).isEqualTo("failure_rate_spike");
            assertThat(insight.severity()).isEqualTo(Severity.WARNING);
            assertThat(insight.automationId()).isEqualTo(id(1));
            assertThat(insight.metric()).isEqualTo(0.3);
            assertThat(insight.title()).contains("billing");
            assertThat(insight.detail()).contains("30% of 20 runs").contains("5% of 20");
        });
    }

    @Test
    void halfTheRunsFailingIsCritical() {
        assertThat(rule.find(new Figures().runs(id(1), 5, 5).previous(id(1), 10, 0).build()))
                .singleElement().extracting(Insight::severity).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void aSmallerRiseStaysQuiet() {
        assertThat(rule.find(new Figures().runs(id(1), 17, 3).previous(id(1), 20, 0).build())).isEmpty();
    }

    @Test
    void fewRunsInEitherPeriodStayQuiet() {
        assertThat(rule.find(new Figures().runs(id(1), 0, 9).previous(id(1), 20, 0).build())).isEmpty();
        assertThat(rule.find(new Figures().runs(id(1), 0, 10).previous(id(1), 9, 0).build())).isEmpty();
        assertThat(rule.find(new Figures().runs(id(1), 0, 10).build())).isEmpty();
    }
}
