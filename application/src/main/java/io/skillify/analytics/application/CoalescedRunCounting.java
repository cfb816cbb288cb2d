package io.skillify.analytics.application;

import io.skillify.analytics.application.port.in.CountFinishedRunUseCase;
import io.skillify.analytics.application.port.in.RecordFinishedRunUseCase;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.shared.application.UseCase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Counts runs finishing at the same moment in one transaction instead of one each: one thread takes every run waiting
 * (at most {@link #MOST_PER_TRANSACTION}) and records them together. Runs of one workspace land in the same few rows,
 * so one transaction per run made them queue on each other's row locks, holding connections the engine needed.
 * After the first run arrives the thread waits up to {@link #LINGER} for others finishing just after it: a busy
 * engine then pays one counting commit per many runs, an idle one a few milliseconds of delay.
 */
@UseCase
class CoalescedRunCounting implements CountFinishedRunUseCase {

    static final int MOST_PER_TRANSACTION = 500;
    static final Duration LINGER = Duration.ofMillis(25);
    private static final long LONGEST_WAIT_SECONDS = 60;

    private record Waiting(RunFinished run, CompletableFuture<Void> counted) {
    }

    private final RecordFinishedRunUseCase recorder;
    private final LinkedBlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();

    CoalescedRunCounting(RecordFinishedRunUseCase recorder) {
        this.recorder = recorder;
        Thread.ofVirtual().name("analytics-counting").start(this::countForever);
    }

    @Override
    public void count(RunFinished run) {
        CompletableFuture<Void> counted = new CompletableFuture<>();
        queue.add(new Waiting(run, counted));
        try {
            counted.get(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("run " + run.runId().value() + " could not be counted", failed.getCause());
        } catch (TimeoutException slow) {
            throw new IllegalStateException("run " + run.runId().value() + " was not counted in time", slow);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped before run " + run.runId().value() + " was counted", stopping);
        }
    }

    private void countForever() {
        while (true) {
            List<Waiting> batch = new ArrayList<>();
            try {
                gather(batch);
            } catch (InterruptedException stopping) {
                batch.forEach(waiting -> waiting.counted().completeExceptionally(stopping));
                return;
            }
            try {
                recorder.record(batch.stream().map(Waiting::run).toList());
                batch.forEach(waiting -> waiting.counted().complete(null));
            } catch (RuntimeException failure) {
                batch.forEach(waiting -> waiting.counted().completeExceptionally(failure));
            }
        }
    }

    /** The first run waiting, then every run arriving within {@link #LINGER} of it, up to the most per transaction. */
    private void gather(List<Waiting> batch) throws InterruptedException {
        batch.add(queue.take());
        long deadline = System.nanoTime() + LINGER.toNanos();
        while (batch.size() < MOST_PER_TRANSACTION) {
            queue.drainTo(batch, MOST_PER_TRANSACTION - batch.size());
            long left = deadline - System.nanoTime();
            if (batch.size() >= MOST_PER_TRANSACTION || left <= 0) {
                return;
            }
            Waiting next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
        }
    }
}
