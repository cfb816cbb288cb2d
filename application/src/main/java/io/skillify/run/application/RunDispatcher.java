package io.skillify.run.application;

import io.skillify.run.application.port.in.EngineSettings;
import io.skillify.run.application.port.in.RunEngineControl;
import io.skillify.run.application.port.out.RunRepository;
import io.skillify.run.domain.Run;
import io.skillify.run.domain.RunId;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.TransactionRunner;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The engine's loop on this instance: claims due runs (leases, {@code SKIP LOCKED}), advances each on a virtual
 * thread, gives it back with its next due time. Waiting runs hold no thread; a run whose instance dies is claimed
 * by another once its lease has run out.
 */
@UseCase
class RunDispatcher implements RunEngineControl {

    private static final System.Logger LOG = System.getLogger(RunDispatcher.class.getName());
    /** Advances of one run that may fail in a row (its progress could not be stored) before the run is failed. */
    static final int MAX_FAILED_ADVANCES = 5;
    static final String ADVANCE_FAILED = "the engine could not store this run's progress " + MAX_FAILED_ADVANCES
            + " times in a row, so it was stopped (the server log has the details)";

    private final RunRepository runs;
    private final RunEngine engine;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final EngineSettings settings;
    private final Semaphore slots;
    private final Map<RunId, Integer> failedAdvances = new ConcurrentHashMap<>();
    /** The runs this instance is advancing: a lease carries the instance's name, so it cannot tell two of its own apart. */
    private final Set<RunId> advancing = ConcurrentHashMap.newKeySet();
    private final Object signal = new Object();
    private volatile boolean running;
    private boolean woken;
    private ExecutorService workers;
    private Thread loop;

    RunDispatcher(RunRepository runs, RunEngine engine, TransactionRunner transactions, Clock clock,
                  EngineSettings settings) {
        this.runs = runs;
        this.engine = engine;
        this.transactions = transactions;
        this.clock = clock;
        this.settings = settings;
        this.slots = new Semaphore(settings.concurrency());
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        workers = Executors.newVirtualThreadPerTaskExecutor();
        // a platform thread: its class loading must never pin a carrier of the steps and requests (ADR 0012)
        loop = Thread.ofPlatform().daemon().name("run-dispatcher").start(this::loop);
    }

    @Override
    public synchronized void stop(Duration grace) throws InterruptedException {
        if (!running) {
            return;
        }
        running = false;
        wake();
        loop.join(grace.toMillis());
        workers.shutdown();
        workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Reserves a slot of this instance for a run about to be created, so that it can be born leased here and run at
     * once without a claim or a reload. Empty when the engine is stopped or busy: then the run waits to be claimed.
     */
    public Optional<Adoption> tryAdopt() {
        if (!running || !slots.tryAcquire()) {
            return Optional.empty();
        }
        return Optional.of(new Adoption(settings.owner(), clock.instant().plus(settings.lease())));
    }

    /** Runs a run created under {@code adoption}, once its creation has committed. */
    public void runAdopted(Run run) {
        workers.execute(() -> advanceInSlot(run.id(), () -> engine.advance(run, settings.owner())));
    }

    /** Gives back a reservation whose run was not created. */
    public void abandon() {
        slots.release();
    }

    /** An adopted run's lease: owner and expiry to store with the new run. */
    public record Adoption(String owner, Instant leaseUntil) {
    }

    @Override
    public int runsInProgress() {
        return settings.concurrency() - slots.availablePermits();
    }

    /** Something became due now (a new run, an event): look without waiting for the next poll. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void loop() {
        while (running) {
            try {
                boolean more;
                try {
                    more = claimAndDispatch() == settings.claimBatch();
                } catch (RuntimeException failure) {
                    LOG.log(Level.WARNING, "Run dispatcher could not claim runs; retrying", failure);
                    more = false;
                }
                if (!more) {
                    pause();
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private int claimAndDispatch() throws InterruptedException {
        int wanted = Math.min(settings.claimBatch(), Math.max(1, slots.availablePermits()));
        slots.acquire(wanted);
        List<RunId> claimed;
        try {
            claimed = transactions.inTransaction(() ->
                    runs.claimDue(settings.owner(), clock.instant(), settings.lease(), wanted));
        } catch (RuntimeException failure) {
            slots.release(wanted);
            throw failure;
        }
        slots.release(wanted - claimed.size());
        for (RunId id : claimed) {
            workers.execute(() -> advanceInSlot(id, () -> engine.advance(id, settings.owner())));
        }
        return claimed.size();
    }

    /**
     * Advances a run in the slot reserved for it; a failure gives the run back to be tried again in a second, and
     * after {@link #MAX_FAILED_ADVANCES} failures in a row the run is failed with the reason.
     */
    private void advanceInSlot(RunId id, Runnable advance) {
        if (!advancing.add(id)) {
            // offered again while this instance still advances it (its lease renewal came late): that advance goes on
            slots.release();
            return;
        }
        try {
            advance.run();
            failedAdvances.remove(id);
        } catch (RuntimeException failure) {
            int failures = failedAdvances.merge(id, 1, Integer::sum);
            if (failures >= MAX_FAILED_ADVANCES) {
                LOG.log(Level.ERROR, "Advancing run " + id + " failed " + failures + " times in a row; it is failed",
                        failure);
                failedAdvances.remove(id);
                failForGood(id);
            } else {
                LOG.log(Level.WARNING, "Advancing run " + id + " failed; it is tried again shortly", failure);
                releaseSoon(id);
            }
        } finally {
            advancing.remove(id);
            slots.release();
        }
    }

    /** Interrupts the step of {@code run} in flight on this instance, if any: the run was just cancelled. */
    public void interruptStep(RunId run) {
        engine.interruptStep(run);
    }

    private void failForGood(RunId id) {
        try {
            transactions.inTransaction(() -> engine.failHeld(id, settings.owner(), ADVANCE_FAILED));
        } catch (RuntimeException unsaved) {
            LOG.log(Level.WARNING, "Could not fail run " + id + "; it is tried again shortly", unsaved);
            releaseSoon(id);
        }
    }

    private void releaseSoon(RunId id) {
        try {
            transactions.inTransaction(() -> runs.release(id, settings.owner(), clock.instant().plusSeconds(1)));
        } catch (RuntimeException unreleased) {
            LOG.log(Level.WARNING, "Could not release run " + id + "; its lease will expire", unreleased);
        }
    }

    private void pause() throws InterruptedException {
        synchronized (signal) {
            if (!woken) {
                signal.wait(settings.pollInterval().toMillis());
            }
            woken = false;
        }
    }
}
