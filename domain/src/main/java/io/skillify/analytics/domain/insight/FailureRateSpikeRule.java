package io.skillify.analytics.domain.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code failure_rate_spike}: an automation whose share of failed runs rose by at least {@link #MIN_RISE} (20
 * percentage points) against the previous period, with at least {@link #MIN_RUNS} runs in each period so that a
 * handful of runs stays quiet. Critical when at least {@link #CRITICAL_RATE} of the period's runs failed, else a
 * warning. Metric: the period's failure rate.
 */
public final class FailureRateSpikeRule implements InsightRule {

    public static final String KIND = "failure_rate_spike";
    public static final int MIN_RUNS = 10;
    public static final double MIN_RISE = 0.20;
    public static final double CRITICAL_RATE = 0.50;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Insight> find(InsightFigures figures) {
        List<Insight> found = new ArrayList<>();
        for (AutomationRuns now : figures.runs()) {
            AutomationRuns before = figures.previousRunsOf(now.automationId());
            if (now.total() < MIN_RUNS || before.total() < MIN_RUNS) {
                continue;
            }
            double rise = now.failureRate() - before.failureRate();
            if (rise + 1e-9 < MIN_RISE) {
                continue;
            }
            Severity severity = now.failureRate() >= CRITICAL_RATE ? Severity.CRITICAL : Severity.WARNING;
            String name = figures.nameOf(now.automationId());
            found.add(new Insight(KIND, severity, "Failure rate up for " + name,
                    Percent.of(now.failureRate()) + " of " + now.total() + " runs of " + name + " failed, against "
                            + Percent.of(before.failureRate()) + " of " + before.total() + " in the previous period.",
                    now.automationId(), null, null, now.failureRate()));
        }
        return found;
    }
}
