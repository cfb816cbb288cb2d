package io.skillify.analytics.application.port.in;

import io.skillify.shared.application.ChangeSubscription;

/** Subscribes to changes of every workspace's analytics aggregates, across server instances. */
public interface WatchAnalyticsUseCase {

    ChangeSubscription watch(AnalyticsWatcher watcher);
}
