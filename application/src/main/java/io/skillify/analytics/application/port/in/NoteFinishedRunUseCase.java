package io.skillify.analytics.application.port.in;

import io.skillify.run.domain.event.RunFinished;

/**
 * Notes a finished run for counting, in the transaction that finishes it: the run is then counted once, after that
 * transaction commits, whatever crashes in between ({@link CountWaitingRunsUseCase}).
 */
public interface NoteFinishedRunUseCase {

    void note(RunFinished run);
}
