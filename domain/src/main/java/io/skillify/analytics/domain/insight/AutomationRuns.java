package io.skillify.analytics.domain.insight;

import java.util.UUID;

/** An automation's runs created in a period, by final status. */
public record AutomationRuns(UUID automationId, long total, long succeeded, long failed, long cancelled) {

    public static AutomationRuns none(UUID automationId) {
        return new AutomationRuns(automationId, 0, 0, 0, 0);
    }

    /** Failed runs over all runs; 0 when there were none. */
    public double failureRate() {
        return total == 0 ? 0 : (double) failed / total;
    }
}
