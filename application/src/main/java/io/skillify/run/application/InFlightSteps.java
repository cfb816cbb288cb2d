package io.skillify.run.application;

import io.skillify.automation.domain.nodetype.StepResult;
import io.skillify.run.domain.RunId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The steps this instance is executing now, by run, so that a cancel — or the attempt's time limit — can interrupt
 * the one in flight: the engine's threads are virtual, and interrupting one blocked on a socket closes that socket,
 * which aborts an HTTP exchange. The interrupt never outlives the step: it is cleared before the engine writes the
 * step's outcome.
 */
final class InFlightSteps {

    private final Map<RunId, Thread> executing = new ConcurrentHashMap<>();
    private final ScheduledExecutorService alarms;

    InFlightSteps(ScheduledExecutorService alarms) {
        this.alarms = alarms;
    }

    /** Runs one attempt; when it outlives {@code timeout} it is interrupted and fails, whatever it returned. */
    StepResult execute(RunId run, AttemptTimeout timeout, Supplier<StepResult> step) {
        Thread thread = Thread.currentThread();
        AtomicBoolean timedOut = new AtomicBoolean();
        executing.put(run, thread);
        ScheduledFuture<?> alarm = alarms.schedule(() -> interrupt(run, thread, timedOut),
                timeout.interruptAfter().toMillis(), TimeUnit.MILLISECONDS);
        try {
            StepResult result = step.get();
            return timedOut.get() ? timeout.timedOut() : result;
        } catch (RuntimeException failure) {
            if (timedOut.get()) {
                return timeout.timedOut();
            }
            throw failure;
        } finally {
            alarm.cancel(false);
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

    private synchronized void interrupt(RunId run, Thread thread, AtomicBoolean timedOut) {
        if (executing.get(run) == thread) {
            timedOut.set(true);
            thread.interrupt();
        }
    }
}
