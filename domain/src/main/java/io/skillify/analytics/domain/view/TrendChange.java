package io.skillify.analytics.domain.view;

/**
 * How the period compares with the one before: {@code total} is the relative change of the number of runs
 * ({@code 0.25} = a quarter more, {@code -1} = none now), {@code null} when the previous period had none;
 * {@code successRate} is the difference of the two success rates in fraction points ({@code -0.1} = ten points
 * lower), {@code null} when either period had no runs.
 */
public record TrendChange(Double total, Double successRate) {

    public static TrendChange between(PeriodTotals current, PeriodTotals previous) {
        Double total = previous.total() == 0 ? null : (double) (current.total() - previous.total()) / previous.total();
        Double now = current.successRate();
        Double before = previous.successRate();
        return new TrendChange(total, now == null || before == null ? null : now - before);
    }
}
