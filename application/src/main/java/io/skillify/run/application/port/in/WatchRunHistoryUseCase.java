package io.skillify.run.application.port.in;

import io.skillify.shared.application.ChangeSubscription;

/** Subscribes to the growth of every run's history (log lines, step changes, end), across server instances. */
public interface WatchRunHistoryUseCase {

    ChangeSubscription watch(RunHistoryWatcher watcher);
}
