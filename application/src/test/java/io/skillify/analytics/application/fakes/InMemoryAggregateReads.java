package io.skillify.analytics.application.fakes;

import io.skillify.analytics.application.port.out.AggregateReads;
import io.skillify.analytics.domain.Grain;
import io.skillify.analytics.domain.view.AutomationTotals;
import io.skillify.analytics.domain.view.KnownAutomation;
import io.skillify.analytics.domain.view.PeriodTotals;
import io.skillify.analytics.domain.view.BucketCounts;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The aggregates as rows of (workspace, automation, quarter); workspace totals are summed on read. */
public final class InMemoryAggregateReads implements AggregateReads {

    private record Row(WorkspaceId workspace, AutomationId automation, BucketCounts counts) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Map.Entry<WorkspaceId, KnownAutomation>> automations = new ArrayList<>();

    public InMemoryAggregateReads add(WorkspaceId workspace, AutomationId automation, BucketCounts counts) {
        rows.add(new Row(workspace, automation, counts));
        return this;
    }

    public InMemoryAggregateReads name(WorkspaceId workspace, KnownAutomation automation) {
        automations.add(Map.entry(workspace, automation));
        return this;
    }

    /** Quarters only, whatever {@code coarsest} allows (the finest rows are always a valid answer). */
    @Override
    public List<BucketCounts> runRows(WorkspaceId workspace, Optional<AutomationId> automation, Instant from,
                                      Instant to, Grain coarsest, boolean withSketches) {
        return rows.stream()
                .filter(row -> row.workspace().equals(workspace))
                .filter(row -> automation.map(row.automation()::equals).orElse(true))
                .filter(row -> !row.counts().start().isBefore(from) && row.counts().start().isBefore(to))
                .map(Row::counts)
                .map(counts -> withSketches ? counts : new BucketCounts(counts.start(), counts.total(),
                        counts.succeeded(), counts.failed(), counts.cancelled(), counts.durationCount(),
                        counts.durationSumMs(), null))
                .sorted(Comparator.comparing(BucketCounts::start))
                .toList();
    }

    @Override
    public PeriodTotals periodTotals(WorkspaceId workspace, Optional<AutomationId> automation, Instant from,
                                     Instant to) {
        PeriodTotals totals = PeriodTotals.NONE;
        for (BucketCounts quarter : runRows(workspace, automation, from, to, Grain.QUARTER, false)) {
            totals = totals.plus(quarter.total(), quarter.succeeded(), quarter.failed());
        }
        return totals;
    }

    @Override
    public List<AutomationTotals> totalsByAutomation(WorkspaceId workspace, Optional<AutomationId> automation,
                                                     Instant from, Instant to) {
        Map<AutomationId, AutomationTotals> sums = new LinkedHashMap<>();
        rows.stream()
                .filter(row -> row.workspace().equals(workspace))
                .filter(row -> automation.map(row.automation()::equals).orElse(true))
                .filter(row -> !row.counts().start().isBefore(from) && row.counts().start().isBefore(to))
                .forEach(row -> sums.merge(row.automation(),
                        new AutomationTotals(row.automation(), row.counts().total(), row.counts().succeeded()),
                        (a, b) -> new AutomationTotals(a.automation(), a.total() + b.total(),
                                a.succeeded() + b.succeeded())));
        return List.copyOf(sums.values());
    }

    @Override
    public List<KnownAutomation> automations(WorkspaceId workspace) {
        return automations.stream().filter(entry -> entry.getKey().equals(workspace)).map(Map.Entry::getValue)
                .toList();
    }
}
