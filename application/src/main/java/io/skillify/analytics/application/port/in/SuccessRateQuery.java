package io.skillify.analytics.application.port.in;

import io.skillify.analytics.domain.AnalyticsFilter;
import io.skillify.analytics.domain.view.SuccessRates;
import io.skillify.shared.domain.WorkspaceId;

/** {@code /analytics/success-rate}: overall and per automation, with the automations' names. */
public interface SuccessRateQuery {

    SuccessRates successRate(WorkspaceId workspace, AnalyticsFilter filter);
}
