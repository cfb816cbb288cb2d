package io.skillify.analytics.application.port.in;

import io.skillify.shared.domain.WorkspaceId;

/** Told that workspaces' analytics changed, on whichever instance wrote them; called on the change feed's thread. */
public interface AnalyticsWatcher {

    void analyticsChanged(WorkspaceId workspace);

    /** Any workspace's analytics may have changed unannounced (the feed reconnected). */
    void anyAnalyticsMayHaveChanged();
}
