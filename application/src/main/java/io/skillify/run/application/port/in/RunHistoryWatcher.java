package io.skillify.run.application.port.in;

import io.skillify.run.domain.RunId;

/** Told that runs' histories grew, on whichever instance wrote them; called on the change feed's thread. */
public interface RunHistoryWatcher {

    /** The run's history has new entries. */
    void historyGrew(RunId run);

    /** Any run's history may have grown unannounced (the feed reconnected): re-read every run watched. */
    void anyHistoryMayHaveGrown();
}
