package io.skillify.analytics.application.port.in;

import io.skillify.analytics.domain.AnalyticsFilter;
import io.skillify.analytics.domain.view.Heatmap;
import io.skillify.shared.domain.WorkspaceId;

/** {@code /analytics/heatmap}: runs by local weekday and hour, 168 cells. */
public interface HeatmapQuery {

    Heatmap heatmap(WorkspaceId workspace, AnalyticsFilter filter);
}
