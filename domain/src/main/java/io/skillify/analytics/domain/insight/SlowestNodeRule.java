package io.skillify.analytics.domain.insight;

import java.util.Comparator;
import java.util.List;

/**
 * {@code slowest_node}: among the nodes with at least {@link #MIN_SAMPLES} steps in the period, the one with the
 * highest p95 duration, over the whole scope asked for (the workspace, or the one automation of
 * {@code automationId}). One insight at most. Info, a warning when that p95 reaches {@link #WARNING_P95_MS} (one
 * minute). Ties go to the lowest automation id, then node id. Metric: the p95 in milliseconds.
 */
public final class SlowestNodeRule implements InsightRule {

    public static final String KIND = "slowest_node";
    public static final int MIN_SAMPLES = 5;
    public static final double WARNING_P95_MS = 60_000;

    private static final Comparator<NodeDuration> SLOWEST_FIRST = Comparator
            .comparingDouble(NodeDuration::p95Ms).reversed()
            .thenComparing(node -> node.automationId().toString())
            .thenComparing(NodeDuration::nodeId);

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Insight> find(InsightFigures figures) {
        return figures.nodes().stream()
                .filter(node -> node.samples() >= MIN_SAMPLES)
                .sorted(SLOWEST_FIRST)
                .limit(1)
                .map(node -> insight(figures, node))
                .toList();
    }

    private static Insight insight(InsightFigures figures, NodeDuration node) {
        Severity severity = node.p95Ms() >= WARNING_P95_MS ? Severity.WARNING : Severity.INFO;
        String name = figures.nameOf(node.automationId());
        return new Insight(KIND, severity, "Slowest node: " + node.nodeId() + " in " + name,
                "95% of the " + node.samples() + " " + node.nodeType() + " steps of node " + node.nodeId() + " in "
                        + name + " took at most " + Math.round(node.p95Ms()) + " ms.",
                node.automationId(), node.nodeId(), null, Math.round(node.p95Ms()));
    }
}
