package io.skillify.run.application;

import io.skillify.run.application.port.in.RunHistoryWatcher;
import io.skillify.run.application.port.in.WatchRunHistoryUseCase;
import io.skillify.run.application.port.out.RunHistoryChanges;
import io.skillify.run.domain.RunId;
import io.skillify.shared.application.ChangeListener;
import io.skillify.shared.application.ChangeSubscription;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.ChangeFeed;
import java.util.Optional;
import java.util.UUID;

/** The topic {@code run-history} of the change feed, keyed by run id (announced where the entries are written). */
@UseCase
class WatchRunHistoryService implements WatchRunHistoryUseCase {

    private final ChangeFeed feed;

    WatchRunHistoryService(ChangeFeed feed) {
        this.feed = feed;
    }

    @Override
    public ChangeSubscription watch(RunHistoryWatcher watcher) {
        return feed.subscribe(RunHistoryChanges.TOPIC, new ChangeListener() {
            @Override
            public void changed(String key) {
                runId(key).ifPresent(watcher::historyGrew);
            }

            @Override
            public void mayHaveMissedChanges() {
                watcher.anyHistoryMayHaveGrown();
            }
        });
    }

    private static Optional<RunId> runId(String key) {
        try {
            return Optional.of(new RunId(UUID.fromString(key)));
        } catch (IllegalArgumentException notARunId) {
            return Optional.empty();
        }
    }
}
