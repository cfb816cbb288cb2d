package io.skillify.analytics.domain.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code worker_cost_outlier}: a worker that ended in the period whose cost is at or above the workspace's 95th
 * percentile (nearest rank) of worker costs in the period AND more than {@link #TIMES_MEDIAN} (3) times their
 * median; judged only when at least {@link #MIN_WORKERS} workers reported a cost and the median is above zero.
 * A warning, critical above {@link #CRITICAL_TIMES_MEDIAN} (10) times the median. Metric: the worker's cost in USD.
 */
public final class WorkerCostOutlierRule implements InsightRule {

    public static final String KIND = "worker_cost_outlier";
    public static final int MIN_WORKERS = 10;
    public static final BigDecimal TIMES_MEDIAN = BigDecimal.valueOf(3);
    public static final BigDecimal CRITICAL_TIMES_MEDIAN = BigDecimal.TEN;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Insight> find(InsightFigures figures) {
        List<WorkerCost> costed = figures.workers().stream().filter(worker -> worker.costUsd() != null).toList();
        if (costed.size() < MIN_WORKERS) {
            return List.of();
        }
        List<BigDecimal> sorted = costed.stream().map(WorkerCost::costUsd).sorted().toList();
        BigDecimal median = median(sorted);
        if (median.signum() <= 0) {
            return List.of();
        }
        BigDecimal p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
        BigDecimal outlierAbove = median.multiply(TIMES_MEDIAN);
        List<Insight> found = new ArrayList<>();
        for (WorkerCost worker : costed.stream().sorted(Comparator.comparing(WorkerCost::workerId)).toList()) {
            BigDecimal cost = worker.costUsd();
            if (cost.compareTo(p95) >= 0 && cost.compareTo(outlierAbove) > 0) {
                Severity severity = cost.compareTo(median.multiply(CRITICAL_TIMES_MEDIAN)) > 0
                        ? Severity.CRITICAL : Severity.WARNING;
                BigDecimal times = cost.divide(median, 1, RoundingMode.HALF_UP);
                found.add(new Insight(KIND, severity, "Costly worker " + worker.workerId().toString().substring(0, 8),
                        "Worker " + worker.workerId() + " cost $" + cost.stripTrailingZeros().toPlainString() + ", "
                                + times.toPlainString() + " times the median of $"
                                + median.stripTrailingZeros().toPlainString() + " across " + costed.size()
                                + " workers in the period.",
                        null, null, worker.workerId(), cost.doubleValue()));
            }
        }
        return found;
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.TWO);
    }
}
