package io.skillify.analytics.domain.insight;

import static io.skillify.analytics.domain.insight.Figures.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InsightRulesTest {

    @Test
    void findingsComeMostSevereFirstThenByKindAndIdsTheSameEveryTime() {
        InsightFigures figures = new Figures()
                .automation(id(9), "idle", Figures.FROM.minus(Duration.ofDays(1)), null)
                .automation(id(3), "quiet", Figures.FROM.minus(Duration.ofDays(1)), null)
                .runs(id(5), 0, 3).runs(id(4), 0, 12).previous(id(4), 12, 0)
                .node(id(5), "slow", 3, 100).node(id(4), "n", 12, 10)
                .build();

        assertThat(InsightRules.apply(figures)).extracting(Insight::key).containsExactly(
                "always_failing|" + id(4) + "||", "always_failing|" + id(5) + "||",
                "failure_rate_spike|" + id(4) + "||",
                "not_run|" + id(3) + "||", "not_run|" + id(9) + "||",
                "slowest_node|" + id(4) + "|n|");
    }
}
