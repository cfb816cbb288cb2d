package io.skillify.analytics.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.analytics.application.port.in.AnalyticsWatcher;
import io.skillify.shared.application.ChangeListener;
import io.skillify.shared.application.port.out.ChangeFeed;
import io.skillify.shared.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The analytics topic of the change feed, keyed by workspace, as the caches and live streams see it. */
class WatchAnalyticsTest {

    private final Map<String, ChangeListener> subscribed = new HashMap<>();
    private final ChangeFeed feed = (topic, listener) -> {
        subscribed.put(topic, listener);
        return () -> subscribed.remove(topic);
    };
    private final List<String> told = new ArrayList<>();
    private final AnalyticsWatcher watcher = new AnalyticsWatcher() {
        @Override
        public void aggregatesChanged(WorkspaceId workspace) {
            told.add("changed " + workspace);
        }

        @Override
        public void anyAggregatesMayHaveChanged() {
            told.add("maybe all");
        }
    };

    @Test
    void aChangedKeyIsTheWorkspaceWhoseAggregatesChanged() {
        new WatchAnalyticsService(feed).watch(watcher);
        UUID workspace = UUID.randomUUID();

        subscribed.get("analytics").changed(workspace.toString());

        assertThat(told).containsExactly("changed " + workspace);
    }

    @Test
    void aFeedThatMayHaveMissedChangesTellsWatchersEverythingMayHaveChanged() {
        new WatchAnalyticsService(feed).watch(watcher);

        subscribed.get("analytics").mayHaveMissedChanges();

        assertThat(told).containsExactly("maybe all");
    }

    @Test
    void aKeyThatIsNotAWorkspaceIdIsIgnored() {
        new WatchAnalyticsService(feed).watch(watcher);

        subscribed.get("analytics").changed("garbage");

        assertThat(told).isEmpty();
    }

    @Test
    void closingTheSubscriptionLeavesTheFeed() {
        new WatchAnalyticsService(feed).watch(watcher).close();

        assertThat(subscribed).isEmpty();
    }
}
