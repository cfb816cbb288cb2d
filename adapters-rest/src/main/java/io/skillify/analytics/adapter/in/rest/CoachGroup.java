package io.skillify.analytics.adapter.in.rest;

import io.skillify.analytics.domain.insight.Insight;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coach streams of one workspace and its insights, computed for all of them at once: at most once per
 * {@link #MIN_GAP_NANOS} (one second), one computation at a time, after a change was announced. Each stream picks
 * from the result what it has not sent yet.
 */
final class CoachGroup {

    static final long MIN_GAP_NANOS = 1_000_000_000L;
    private static final Logger log = LoggerFactory.getLogger(CoachGroup.class);

    private final Supplier<List<Insight>> compute;
    private final Set<CoachStream> streams = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean due = new AtomicBoolean();
    private final AtomicBoolean computing = new AtomicBoolean();
    private volatile long lastStartedNanos = System.nanoTime() - MIN_GAP_NANOS;
    private volatile List<Insight> latest;

    CoachGroup(Supplier<List<Insight>> compute) {
        this.compute = compute;
    }

    /** A new stream gets the insights already known at once, and a computation is asked for if none is. */
    void add(CoachStream stream) {
        streams.add(stream);
        List<Insight> known = latest;
        if (known != null) {
            stream.offer(known);
        } else {
            computeSoon();
        }
    }

    /** True when the group has no stream left. */
    boolean remove(CoachStream stream) {
        streams.remove(stream);
        return streams.isEmpty();
    }

    Set<CoachStream> streams() {
        return streams;
    }

    /** Something changed: compute now if the last computation started a second ago or more, else on a later tick. */
    void computeSoon() {
        due.set(true);
        startIfDue(System.nanoTime());
    }

    /** Called by the streams' timer, so that a change heard during the gap is not forgotten. */
    void startIfDue(long nowNanos) {
        if (!due.get() || nowNanos - lastStartedNanos < MIN_GAP_NANOS || !computing.compareAndSet(false, true)) {
            return;
        }
        if (!due.compareAndSet(true, false)) {
            computing.set(false);
            return;
        }
        lastStartedNanos = nowNanos;
        Thread.ofVirtual().name("coach-insights").start(this::computeAndOffer);
    }

    private void computeAndOffer() {
        try {
            List<Insight> current = compute.get();
            latest = current;
            streams.forEach(stream -> stream.offer(current));
        } catch (RuntimeException failure) {
            // the next change or resync tries again; the streams stay open
            log.warn("Computing a workspace's insights for the coach failed: {}", failure.toString());
        } finally {
            computing.set(false);
        }
    }
}
