package io.skillify.analytics.domain.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code not_run}: an automation that exists (not deleted), already existed when the period began, and had no run
 * created in it. An automation created during the period is not reported (it has not had the whole period to run).
 * Info. Metric: the period's length in days.
 */
public final class NotRunRule implements InsightRule {

    public static final String KIND = "not_run";
    private static final double SECONDS_PER_DAY = 86_400;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Insight> find(InsightFigures figures) {
        double days = (figures.to().getEpochSecond() - figures.from().getEpochSecond()) / SECONDS_PER_DAY;
        List<Insight> found = new ArrayList<>();
        for (KnownAutomation automation : figures.automations()) {
            boolean existedAllPeriod = automation.existsNow() && !automation.createdAt().isAfter(figures.from());
            boolean ran = figures.runsOf(automation.automationId()).map(runs -> runs.total() > 0).orElse(false);
            if (existedAllPeriod && !ran) {
                found.add(new Insight(KIND, Severity.INFO, automation.name() + " did not run",
                        automation.name() + " had no run in the period (" + Math.round(days) + " days).",
                        automation.automationId(), null, null, days));
            }
        }
        return found;
    }
}
