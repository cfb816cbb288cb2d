package io.skillify.analytics.domain.insight;

import static io.skillify.analytics.domain.insight.Figures.id;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlwaysFailingRuleTest {

    private final AlwaysFailingRule rule = new AlwaysFailingRule();

    @Test
    void everyRunFailedIsCriticalWithTheFailedCountAsMetric() {
        assertThat(rule.find(new Figures().automation(id(2), "sync", Figures.FROM, null).runs(id(2), 0, 4).build()))
                .singleElement().satisfies(insight -> {
                    assertThat(insight.kind()).isEqualTo("always_failing");
                    assertThat(insight.severity()).isEqualTo(Severity.CRITICAL);
                    assertThat(insight.automationId()).isEqualTo(id(2));
                    assertThat(insight.metric()).isEqualTo(4);
                    assertThat(insight.title()).isEqualTo("sync fails every run");
                });
    }

    @Test
    void oneSucceededRunOrTooFewRunsStayQuiet() {
        assertThat(rule.find(new Figures().runs(id(2), 1, 10).build())).isEmpty();
        assertThat(rule.find(new Figures().runs(id(2), 0, 2).build())).isEmpty();
    }

    @Test
    void cancelledRunsAreNotFailures() {
        InsightFigures figures = new InsightFigures(Figures.FROM, Figures.TO,
                java.util.List.of(new AutomationRuns(id(2), 5, 0, 4, 1)), java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.List.of());
        assertThat(rule.find(figures)).isEmpty();
    }
}
