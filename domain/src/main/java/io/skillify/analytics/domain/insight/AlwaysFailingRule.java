package io.skillify.analytics.domain.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code always_failing}: an automation every one of whose runs in the period failed, with at least
 * {@link #MIN_RUNS} runs (a single failed run is not a pattern). Always critical. Metric: the number of failed runs.
 */
public final class AlwaysFailingRule implements InsightRule {

    public static final String KIND = "always_failing";
    public static final int MIN_RUNS = 3;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Insight> find(InsightFigures figures) {
        List<Insight> found = new ArrayList<>();
        for (AutomationRuns runs : figures.runs()) {
            if (runs.total() >= MIN_RUNS && runs.failed() == runs.total()) {
                String name = figures.nameOf(runs.automationId());
                found.add(new Insight(KIND, Severity.CRITICAL, name + " fails every run",
                        "All " + runs.total() + " runs of " + name + " in the period failed.",
                        runs.automationId(), null, null, runs.failed()));
            }
        }
        return found;
    }
}
