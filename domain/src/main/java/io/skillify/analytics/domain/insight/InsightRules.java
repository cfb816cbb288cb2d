package io.skillify.analytics.domain.insight;

import java.util.List;

/** Every insight rule, applied to one period's figures, the findings in {@link Insight#ORDER}. */
public final class InsightRules {

    private static final List<InsightRule> ALL = List.of(new FailureRateSpikeRule(), new SlowestNodeRule(),
            new AlwaysFailingRule(), new NotRunRule(), new WorkerCostOutlierRule());

    private InsightRules() {
    }

    public static List<Insight> apply(InsightFigures figures) {
        return ALL.stream().flatMap(rule -> rule.find(figures).stream()).sorted(Insight.ORDER).toList();
    }
}
