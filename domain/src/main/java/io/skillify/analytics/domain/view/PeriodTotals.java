package io.skillify.analytics.domain.view;

/** Runs of a period by outcome. */
public record PeriodTotals(long total, long succeeded, long failed) {

    public static final PeriodTotals NONE = new PeriodTotals(0, 0, 0);

    public PeriodTotals plus(long moreTotal, long moreSucceeded, long moreFailed) {
        return new PeriodTotals(total + moreTotal, succeeded + moreSucceeded, failed + moreFailed);
    }

    public Double successRate() {
        return Rates.of(succeeded, total);
    }
}
