package io.skillify.analytics.application;

import io.skillify.analytics.application.port.in.AnalyticsTrendsQuery;
import io.skillify.analytics.application.port.out.AggregateReads;
import io.skillify.analytics.domain.AnalyticsFilter;
import io.skillify.analytics.domain.view.Trends;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.WorkspaceId;

/**
 * The trend from the window's rows (with their sketches): hours where the zone's offsets are whole hours, quarters
 * otherwise; the previous period from its totals.
 */
@UseCase
class TrendsService implements AnalyticsTrendsQuery {

    private final AggregateReads aggregates;

    TrendsService(AggregateReads aggregates) {
        this.aggregates = aggregates;
    }

    @Override
    public Trends trends(WorkspaceId workspace, AnalyticsFilter filter) {
        var window = filter.window();
        return TrendsCalculation.of(window,
                aggregates.runRows(workspace, filter.automation(), window.from(), window.to(), window.rowGrain(), true),
                aggregates.periodTotals(workspace, filter.automation(), window.previousFrom(), window.from()));
    }
}
