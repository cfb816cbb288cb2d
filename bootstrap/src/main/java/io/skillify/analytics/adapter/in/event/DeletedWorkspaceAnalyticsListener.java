package io.skillify.analytics.adapter.in.event;

import io.skillify.analytics.application.port.in.ForgetWorkspaceAnalyticsUseCase;
import io.skillify.workspace.domain.event.WorkspaceDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Drops a deleted workspace's analytics after the deletion committed. */
@Component
class DeletedWorkspaceAnalyticsListener {

    private final ForgetWorkspaceAnalyticsUseCase analytics;

    DeletedWorkspaceAnalyticsListener(ForgetWorkspaceAnalyticsUseCase analytics) {
        this.analytics = analytics;
    }

    @ApplicationModuleListener
    void on(WorkspaceDeleted deleted) {
        analytics.forget(deleted.workspaceId());
    }
}
