package io.skillify.analytics.application.port.in;

import io.skillify.analytics.domain.insight.Insight;
import java.util.List;

/** The insights of a workspace for a period (most severe first), from the analytics aggregates. */
public interface InsightsQuery {

    List<Insight> insights(AnalyticsScope scope);
}
