package io.skillify.analytics.application.port.in;

import io.skillify.analytics.domain.AnalyticsFilter;
import io.skillify.analytics.domain.view.Trends;
import io.skillify.shared.domain.WorkspaceId;

/** {@code /analytics/trends}: runs per local bucket, zero-filled, with the previous period and the change. */
public interface AnalyticsTrendsQuery {

    Trends trends(WorkspaceId workspace, AnalyticsFilter filter);
}
