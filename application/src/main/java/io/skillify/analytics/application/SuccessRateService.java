package io.skillify.analytics.application;

import io.skillify.analytics.application.port.in.SuccessRateQuery;
import io.skillify.analytics.application.port.out.AggregateReads;
import io.skillify.analytics.domain.AnalyticsFilter;
import io.skillify.analytics.domain.view.AutomationRate;
import io.skillify.analytics.domain.view.AutomationTotals;
import io.skillify.analytics.domain.view.KnownAutomation;
import io.skillify.analytics.domain.view.Rates;
import io.skillify.analytics.domain.view.SuccessRates;
import io.skillify.analytics.domain.view.SuccessRates.RateLine;
import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.WorkspaceId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The success rate per automation over the window: every automation that ran (deleted ones too, by their last
 * name), plus the workspace's current automations that did not (total 0, rate null); most runs first.
 */
@UseCase
class SuccessRateService implements SuccessRateQuery {

    private static final Comparator<AutomationRate> MOST_RUNS_FIRST = Comparator
            .comparingLong(AutomationRate::total).reversed()
            .thenComparing(AutomationRate::name, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(rate -> rate.automationId().value());

    private final AggregateReads aggregates;

    SuccessRateService(AggregateReads aggregates) {
        this.aggregates = aggregates;
    }

    @Override
    public SuccessRates successRate(WorkspaceId workspace, AnalyticsFilter filter) {
        var window = filter.window();
        List<AutomationTotals> totals = aggregates.totalsByAutomation(workspace, filter.automation(), window.from(),
                window.to());
        Map<AutomationId, KnownAutomation> known = new LinkedHashMap<>();
        aggregates.automations(workspace).forEach(automation -> known.put(automation.id(), automation));
        Map<AutomationId, AutomationTotals> lines = new LinkedHashMap<>();
        totals.forEach(line -> lines.put(line.automation(), line));
        if (filter.automation().isPresent()) {
            lines.putIfAbsent(filter.automation().get(), new AutomationTotals(filter.automation().get(), 0, 0));
        } else {
            known.values().stream().filter(automation -> !automation.deleted())
                    .forEach(automation -> lines.putIfAbsent(automation.id(),
                            new AutomationTotals(automation.id(), 0, 0)));
        }
        long total = 0;
        long succeeded = 0;
        for (AutomationTotals line : totals) {
            total += line.total();
            succeeded += line.succeeded();
        }
        List<AutomationRate> rates = lines.values().stream()
                .map(line -> new AutomationRate(line.automation(), name(known.get(line.automation())), line.total(),
                        line.succeeded(), Rates.of(line.succeeded(), line.total())))
                .sorted(MOST_RUNS_FIRST)
                .toList();
        return new SuccessRates(RateLine.of(total, succeeded), rates);
    }

    private static String name(KnownAutomation automation) {
        return automation == null ? null : automation.name();
    }
}
