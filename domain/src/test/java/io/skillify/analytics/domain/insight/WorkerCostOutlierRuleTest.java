package io.skillify.analytics.domain.insight;

import static io.skillify.analytics.domain.insight.Figures.id;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkerCostOutlierRuleTest {

    private final WorkerCostOutlierRule rule = new WorkerCostOutlierRule();

    private static Figures typical(int count) {
        Figures figures = new Figures();
        for (int n = 0; n < count; n++) {
            figures.worker(n, "1.00");
        }
        return figures;
    }

    @Test
    void aWorkerAboveThePercentileAndThreeTimesTheMedianIsAWarning() {
        assertThat(rule.find(typical(19).worker(99, "4.50").build()))
                .singleElement().satisfies(insight -> {
                    assertThat(insight.kind()).isEqualTo("worker_cost_outlier");
                    assertThat(insight.severity()).isEqualTo(Severity.WARNING);
                    assertThat(insight.workerId()).isEqualTo(id(1099));
                    assertThat(insight.automationId()).isNull();
                    assertThat(insight.metric()).isEqualTo(4.5);
                    assertThat(insight.detail()).contains("$4.5").contains("4.5 times the median of $1");
                });
    }

    @Test
    void moreThanTenTimesTheMedianIsCritical() {
        assertThat(rule.find(typical(19).worker(99, "10.01").build()))
                .singleElement().extracting(Insight::severity).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void notFarAboveTheMedianOrTooFewWorkersOrNoCostStayQuiet() {
        assertThat(rule.find(typical(19).worker(99, "3.00").build())).isEmpty();
        assertThat(rule.find(typical(8).worker(99, "50").build())).isEmpty();
        assertThat(rule.find(typical(8).worker(98, null).worker(99, "50").build())).isEmpty();
        Figures free = new Figures();
        for (int n = 0; n < 19; n++) {
            free.worker(n, "0");
        }
        assertThat(rule.find(free.worker(99, "5").build())).isEmpty();
    }
}
