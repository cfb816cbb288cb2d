package io.skillify.analytics.application;

import io.skillify.analytics.application.port.in.ForgetWorkspaceAnalyticsUseCase;
import io.skillify.analytics.application.port.out.AnalyticsAggregates;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.WorkspaceId;

@UseCase
class ForgetWorkspaceAnalyticsService implements ForgetWorkspaceAnalyticsUseCase {

    private final AnalyticsAggregates aggregates;

    ForgetWorkspaceAnalyticsService(AnalyticsAggregates aggregates) {
        this.aggregates = aggregates;
    }

    @Override
    public void forget(WorkspaceId workspace) {
        aggregates.forget(workspace);
    }
}
