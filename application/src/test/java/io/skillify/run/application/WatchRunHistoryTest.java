package io.skillify.run.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.run.application.port.in.RunHistoryWatcher;
import io.skillify.run.domain.RunId;
import io.skillify.shared.application.ChangeListener;
import io.skillify.shared.application.ChangeSubscription;
import io.skillify.shared.application.port.out.ChangeFeed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The run-history topic of the change feed, as the run context's watchers see it. */
class WatchRunHistoryTest {

    private final Map<String, ChangeListener> subscribed = new HashMap<>();
    private final ChangeFeed feed = (topic, listener) -> {
        subscribed.put(topic, listener);
        return () -> subscribed.remove(topic);
    };
    private final List<String> told = new ArrayList<>();
    private final RunHistoryWatcher watcher = new RunHistoryWatcher() {
        @Override
        public void historyGrew(RunId run) {
            told.add("grew " + run);
        }

        @Override
        public void anyHistoryMayHaveGrown() {
            told.add("maybe all");
        }
    };

    @Test
    void aChangedKeyOfTheRunHistoryTopicIsTheRunWhoseHistoryGrew() {
        new WatchRunHistoryService(feed).watch(watcher);
        UUID run = UUID.randomUUID();

        subscribed.get("run-history").changed(run.toString());

        assertThat(told).containsExactly("grew " + run);
    }

    @Test
    void aFeedThatMayHaveMissedChangesMakesWatchersReReadEverything() {
        new WatchRunHistoryService(feed).watch(watcher);

        subscribed.get("run-history").mayHaveMissedChanges();

        assertThat(told).containsExactly("maybe all");
    }

    @Test
    void aKeyThatIsNotARunIdIsIgnored() {
        new WatchRunHistoryService(feed).watch(watcher);

        subscribed.get("run-history").changed("not-a-uuid");

        assertThat(told).isEmpty();
    }

    @Test
    void closingTheSubscriptionLeavesTheFeed() {
        ChangeSubscription subscription = new WatchRunHistoryService(feed).watch(watcher);

        subscription.close();

        assertThat(subscribed).isEmpty();
    }
}
