package io.skillify.analytics.domain.insight;

import static io.skillify.analytics.domain.insight.Figures.id;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlowestNodeRuleTest {

    private final SlowestNodeRule rule = new SlowestNodeRule();

    @Test
    void theNodeWithTheHighestP95IsReportedOnce() {
        assertThat(rule.find(new Figures().automation(id(1), "etl", Figures.FROM, null)
                .node(id(1), "fetch", 20, 1_200).node(id(1), "load", 20, 4_800).node(id(2), "send", 20, 300)
                .build()))
                .singleElement().satisfies(insight -> {
                    assertThat(insight.kind()).isEqualTo("slowest_node");
                    assertThat(insight.severity()).isEqualTo(Severity.INFO);
                    assertThat(insight.automationId()).isEqualTo(id(1));
                    assertThat(insight.nodeId()).isEqualTo("load");
                    assertThat(insight.metric()).isEqualTo(4_800);
                    assertThat(insight.title()).contains("load").contains("etl");
                });
    }

    @Test
    void aP95OfAMinuteOrMoreIsAWarning() {
        assertThat(rule.find(new Figures().node(id(1), "wait", 5, 60_000).build()))
                .singleElement().extracting(Insight::severity).isEqualTo(Severity.WARNING);
    }

    @Test
    void nodesWithFewStepsAreIgnoredAndTiesGoToTheLowestIds() {
        assertThat(rule.find(new Figures().node(id(1), "rare", 4, 99_000).build())).isEmpty();
        assertThat(rule.find(new Figures().node(id(2), "a", 9, 500).node(id(1), "b", 9, 500)
                .node(id(1), "a", 9, 500).build()))
                .singleElement().satisfies(insight -> {
                    assertThat(insight.automationId()).isEqualTo(id(1));
                    assertThat(insight.nodeId()).isEqualTo("a");
                });
    }
}
