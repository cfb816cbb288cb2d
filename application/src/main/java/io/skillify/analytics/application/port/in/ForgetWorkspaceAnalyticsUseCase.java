package io.skillify.analytics.application.port.in;

import io.skillify.shared.domain.WorkspaceId;

/** Drops a deleted workspace's aggregates, workers, automations and counted runs. */
public interface ForgetWorkspaceAnalyticsUseCase {

    void forget(WorkspaceId workspace);
}
