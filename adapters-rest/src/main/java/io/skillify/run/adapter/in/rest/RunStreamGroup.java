package io.skillify.run.adapter.in.rest;

import io.skillify.run.application.port.in.RunEventsQuery;
import io.skillify.run.domain.RunId;
import io.skillify.run.domain.view.RunEvent;
import io.skillify.shared.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open streams of one run on this instance and their one reader: however many streams and however many
 * notifications, the run's history is read by one query at a time, after the lowest seq any of its streams holds,
 * and every stream takes from that one read the entries it has not had. Reads run on a virtual thread that exists
 * while reads are asked for; asks that come during a read fold into one more read.
 */
final class RunStreamGroup {

    /** Entries read at most at once, and at most half a stream's buffer, so a backlog never overflows one. */
    static final int BATCH = 200;

    private static final Logger log = LoggerFactory.getLogger(RunStreamGroup.class);

    private final WorkspaceId workspace;
    private final RunId run;
    private final RunEventsQuery events;
    private final int batch;
    private final Set<RunLogStream> streams = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile boolean readAgain;

    RunStreamGroup(WorkspaceId workspace, RunId run, RunEventsQuery events, int buffer) {
        this.workspace = workspace;
        this.run = run;
        this.events = events;
        this.batch = Math.max(1, Math.min(BATCH, buffer / 2));
    }

    void add(RunLogStream stream) {
        streams.add(stream);
    }

    /** Leaves the group; true when no stream is left. */
    boolean remove(RunLogStream stream) {
        streams.remove(stream);
        return streams.isEmpty();
    }

    Set<RunLogStream> streams() {
        return streams;
    }

    /** Asks for a read of the run's new entries, soon and off the caller's thread. */
    void readSoon() {
        readAgain = true;
        if (reading.compareAndSet(false, true)) {
            Thread.ofVirtual().name("run-log-read").start(this::readWhileAsked);
        }
    }

    private void readWhileAsked() {
        do {
            while (readAgain) {
                readAgain = false;
                try {
                    readOnce();
                } catch (RuntimeException failure) {
                    // the next notification or the safety re-read asks again
                    log.warn("Reading the history of run {} for its streams failed: {}", run, failure.getMessage());
                }
            }
            reading.set(false);
        } while (readAgain && reading.compareAndSet(false, true));
    }

    private void readOnce() {
        List<RunLogStream> open = streams.stream().filter(stream -> !stream.isClosed()).toList();
        if (open.isEmpty()) {
            return;
        }
        long from = open.stream().mapToLong(RunLogStream::lastQueued).min().orElseThrow();
        List<RunEvent> read = events.eventsAfter(workspace, run, from, batch);
        boolean moreMayFollow = read.size() == batch;
        long newest = read.isEmpty() ? from : read.getLast().seq();
        List<RunLogStream> resumedAtTheHead = new ArrayList<>();
        for (RunLogStream stream : open) {
            boolean gotNothing = stream.lastQueued() >= newest;
            if (stream.take(read, moreMayFollow) && stream.firstRead() && gotNothing) {
                resumedAtTheHead.add(stream);
            }
        }
        if (!resumedAtTheHead.isEmpty()) {
            resendEndToThoseAtOrPastIt(resumedAtTheHead);
        }
    }

    /**
     * A client that resumes at or past the run's end (a browser's EventSource reconnects with the end's id after the
     * stream closed) gets the end again and the stream closes, rather than pings forever.
     */
    private void resendEndToThoseAtOrPastIt(List<RunLogStream> resumed) {
        Optional<RunEvent> end = events.end(workspace, run);
        end.ifPresent(entry -> resumed.stream()
                .filter(stream -> entry.seq() <= stream.lastQueued())
                .forEach(stream -> stream.resendEnd(entry)));
    }
}
