package io.skillify.analytics.application.port.in;

import io.skillify.shared.application.ChangeSubscription;

/** Subscribes to changes of every workspace's aggregates (the change feed's topic {@code analytics}). */
public interface WatchAnalyticsUseCase {

    ChangeSubscription watch(AnalyticsWatcher watcher);
}
