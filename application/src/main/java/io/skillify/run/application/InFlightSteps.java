package io.skillify.run.application;

import io.skillify.run.domain.RunId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The steps this instance is executing now, by run, so that a cancel can interrupt the one in flight: the engine's
 * threads are virtual, and interrupting one blocked on a socket closes that socket, which aborts an HTTP exchange.
 * The interrupt never outlives the step: it is cleared before the engine writes the step's outcome.
 */
final class InFlightSteps {

    private final Map<RunId, Thread> executing = new ConcurrentHashMap<>();

    <T> T execute(RunId run, Supplier<T> step) {
        executing.put(run, Thread.currentThread());
        try {
            return step.get();
        } finally {
            synchronized (this) {
                executing.remove(run);
                Thread.interrupted();
            }
        }
    }

    /** Interrupts the step of {@code run} in flight on this instance, if any. */
    synchronized void interrupt(RunId run) {
        Thread thread = executing.get(run);
        if (thread != null) {
            thread.interrupt();
        }
    }
}
