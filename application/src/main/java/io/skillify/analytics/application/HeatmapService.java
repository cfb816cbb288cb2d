package io.skillify.analytics.application;

import io.skillify.analytics.application.port.in.HeatmapQuery;
import io.skillify.analytics.application.port.out.AggregateReads;
import io.skillify.analytics.domain.AnalyticsFilter;
import io.skillify.analytics.domain.WeekHour;
import io.skillify.analytics.domain.view.Heatmap;
import io.skillify.analytics.domain.view.QuarterCounts;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.List;

/** Each quarter's runs go to the local weekday and hour its start falls in; all 168 cells are answered. */
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
        for (QuarterCounts quarter : aggregates.quarters(workspace, filter.automation(), window.from(), window.to(),
                false)) {
            int cell = WeekHour.of(quarter.start(), window.zone()).index();
            totals[cell] += quarter.total();
            failed[cell] += quarter.failed();
        }
        List<Heatmap.Cell> cells = new ArrayList<>(WeekHour.CELLS);
        for (int i = 0; i < WeekHour.CELLS; i++) {
            WeekHour at = WeekHour.at(i);
            cells.add(new Heatmap.Cell(at.weekday(), at.hour(), totals[i], failed[i]));
        }
        return new Heatmap(cells);
    }
}
