package io.skillify.analytics.application.port.in;

import io.skillify.shared.domain.WorkspaceId;

/** Told when a workspace's aggregates changed, on whichever instance wrote them. Called on the feed's thread: be quick. */
public interface AnalyticsWatcher {

    void aggregatesChanged(WorkspaceId workspace);

    /** Notifications may have been lost: any workspace's aggregates may have changed. */
    void anyAggregatesMayHaveChanged();
}
