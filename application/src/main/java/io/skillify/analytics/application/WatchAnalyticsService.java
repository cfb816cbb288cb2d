package io.skillify.analytics.application;

import io.skillify.analytics.application.port.in.AnalyticsWatcher;
import io.skillify.analytics.application.port.in.WatchAnalyticsUseCase;
import io.skillify.shared.application.ChangeListener;
import io.skillify.shared.application.ChangeSubscription;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.ChangeFeed;
import io.skillify.shared.domain.WorkspaceId;
import java.util.Optional;
import java.util.UUID;

/** The topic {@code analytics} of the change feed, keyed by workspace id (announced where aggregates are written). */
@UseCase
class WatchAnalyticsService implements WatchAnalyticsUseCase {

    static final String TOPIC = "analytics";

    private final ChangeFeed feed;

    WatchAnalyticsService(ChangeFeed feed) {
        this.feed = feed;
    }

    @Override
    public ChangeSubscription watch(AnalyticsWatcher watcher) {
        return feed.subscribe(TOPIC, new ChangeListener() {
            @Override
            public void changed(String key) {
                workspace(key).ifPresent(watcher::aggregatesChanged);
            }

            @Override
            public void mayHaveMissedChanges() {
                watcher.anyAggregatesMayHaveChanged();
            }
        });
    }

    private static Optional<WorkspaceId> workspace(String key) {
        try {
            return Optional.of(new WorkspaceId(UUID.fromString(key)));
        } catch (IllegalArgumentException notAWorkspaceId) {
            return Optional.empty();
        }
    }
}
