package io.skillify.analytics.application;

import io.skillify.analytics.application.port.in.AnalyticsWatcher;
import io.skillify.analytics.application.port.in.WatchAnalyticsUseCase;
import io.skillify.analytics.application.port.out.AnalyticsChanges;
import io.skillify.shared.application.ChangeListener;
import io.skillify.shared.application.ChangeSubscription;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.ChangeFeed;
import io.skillify.shared.domain.WorkspaceId;
import java.util.UUID;

/** The topic {@code analytics} of the change feed, keyed by workspace id. */
@UseCase
class WatchAnalyticsService implements WatchAnalyticsUseCase {

    private final ChangeFeed feed;

    WatchAnalyticsService(ChangeFeed feed) {
        this.feed = feed;
    }

    @Override
    public ChangeSubscription watch(AnalyticsWatcher watcher) {
        return feed.subscribe(AnalyticsChanges.TOPIC, new ChangeListener() {
            @Override
            public void changed(String key) {
                try {
                    watcher.analyticsChanged(new WorkspaceId(UUID.fromString(key)));
                } catch (IllegalArgumentException notAWorkspaceId) {
                    // not ours to judge: an announcement with a foreign key changes nothing watched
                }
            }

            @Override
            public void mayHaveMissedChanges() {
                watcher.anyAnalyticsMayHaveChanged();
            }
        });
    }
}
