package io.skillify.analytics.application;

import io.skillify.analytics.application.port.in.HeatmapQuery;
import io.skillify.analytics.application.port.out.AggregateReads;
import io.skillify.analytics.domain.AnalyticsFilter;
import io.skillify.analytics.domain.WeekHour;
import io.skillify.analytics.domain.view.Heatmap;
import io.skillify.analytics.domain.view.BucketCounts;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.List;

/**
 * Each row's runs (an hour's, or a quarter's in zones with +5:30 or +5:45 offsets) go to the local weekday and hour
 * its start falls in; all 168 cells are answered.
 */
@UseCase
class HeatmapService implements HeatmapQuery {

    private final AggregateReads aggregates;

    HeatmapService(AggregateReads aggregates) {
        this.aggregates = aggregates;
    }

    @Override
    public Heatmap heatmap(WorkspaceId workspace, AnalyticsFilter filter) {
        var window = filter.window();
        long[] totals = new long[WeekHour.CELLS];
        long[] failed = new long[WeekHour.CELLS];
        for (BucketCounts row : aggregates.runRows(workspace, filter.automation(), window.from(), window.to(),
                window.rowGrain(), false)) {
            int cell = WeekHour.of(row.start(), window.zone()).index();
            totals[cell] += row.total();
            failed[cell] += row.failed();
        }
        List<Heatmap.Cell> cells = new ArrayList<>(WeekHour.CELLS);
        for (int i = 0; i < WeekHour.CELLS; i++) {
            WeekHour at = WeekHour.at(i);
            cells.add(new Heatmap.Cell(at.weekday(), at.hour(), totals[i], failed[i]));
        }
        return new Heatmap(cells);
    }
}
