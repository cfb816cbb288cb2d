package io.skillify.analytics.application.port.in;

import io.skillify.run.domain.event.RunFinished;

/**
 * Counts one finished run, together with the others finishing at the same moment on this instance: returns once the
 * transaction that counted it committed, throws when it did not (the event is then delivered again; counting is
 * once only).
 */
public interface CountFinishedRunUseCase {

    void count(RunFinished run);
}
