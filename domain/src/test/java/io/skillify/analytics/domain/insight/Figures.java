package io.skillify.analytics.domain.insight;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds a period's figures for rule tests: 1 to 31 March 2026 against February. */
final class Figures {

    static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-03-31T00:00:00Z");

    private final List<AutomationRuns> runs = new ArrayList<>();
    private final List<AutomationRuns> previous = new ArrayList<>();
    private final List<NodeDuration> nodes = new ArrayList<>();
    private final List<KnownAutomation> automations = new ArrayList<>();
    private final List<WorkerCost> workers = new ArrayList<>();

    static UUID id(int n) {
        return UUID.fromString("00000000-0000-7000-8000-%012d".formatted(n));
    }

    Figures runs(UUID automation, long succeeded, long failed) {
        runs.add(new AutomationRuns(automation, succeeded + failed, succeeded, failed, 0));
        return this;
    }

    Figures previous(UUID automation, long succeeded, long failed) {
        previous.add(new AutomationRuns(automation, succeeded + failed, succeeded, failed, 0));
        return this;
    }

    Figures node(UUID automation, String node, long samples, double p95) {
        nodes.add(new NodeDuration(automation, node, "http.request", samples, p95));
        return this;
    }

    Figures automation(UUID automation, String name, Instant created, Instant deleted) {
        automations.add(new KnownAutomation(automation, name, created, deleted));
        return this;
    }

    Figures worker(int n, String cost) {
        workers.add(new WorkerCost(id(1000 + n), id(2000 + n), cost == null ? null : new BigDecimal(cost)));
        return this;
    }

    InsightFigures build() {
        return new InsightFigures(FROM, TO, runs, previous, nodes, automations, workers);
    }
}
