package io.skillify.analytics.domain.view;

import java.util.List;

/** The success rate of the whole (workspace or filtered automation) and of each automation. */
public record SuccessRates(RateLine overall, List<AutomationRate> automations) {

    public SuccessRates {
        automations = List.copyOf(automations);
    }

    public record RateLine(long total, long succeeded, Double rate) {

        public static RateLine of(long total, long succeeded) {
            return new RateLine(total, succeeded, Rates.of(succeeded, total));
        }
    }
}
