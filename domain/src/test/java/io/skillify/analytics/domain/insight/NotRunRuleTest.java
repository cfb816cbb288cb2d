package io.skillify.analytics.domain.insight;

import static io.skillify.analytics.domain.insight.Figures.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NotRunRuleTest {

    private final NotRunRule rule = new NotRunRule();

    @Test
    void anAutomationThatExistedAllPeriodWithoutARunIsReported() {
        assertThat(rule.find(new Figures()
                .automation(id(3), "idle", Figures.FROM.minus(Duration.ofDays(3)), null)
                .automation(id(4), "busy", Figures.FROM.minus(Duration.ofDays(3)), null)
                .runs(id(4), 1, 0).build()))
                .singleElement().satisfies(insight -> {
                    assertThat(insight.kind()).isEqualTo("not_run");
                    assertThat(insight.severity()).isEqualTo(Severity.INFO);
                    assertThat(insight.automationId()).isEqualTo(id(3));
                    assertThat(insight.metric()).isEqualTo(30);
                    assertThat(insight.detail()).contains("30 days");
                });
    }

    @Test
    void deletedAutomationsAndOnesCreatedDuringThePeriodAreNotReported() {
        assertThat(rule.find(new Figures()
                .automation(id(3), "gone", Figures.FROM.minus(Duration.ofDays(3)), Figures.FROM.plusSeconds(60))
                .automation(id(5), "new", Figures.FROM.plus(Duration.ofDays(2)), null)
                .build())).isEmpty();
    }

    @Test
    void anAutomationWhoseRunsWereAllCancelledDidRun() {
        InsightFigures figures = new InsightFigures(Figures.FROM, Figures.TO,
                java.util.List.of(new AutomationRuns(id(3), 2, 0, 0, 2)), java.util.List.of(), java.util.List.of(),
                java.util.List.of(new KnownAutomation(id(3), "x", Figures.FROM, null)), java.util.List.of());
        assertThat(rule.find(figures)).isEmpty();
    }
}
