package io.skillify.automation.application.expression;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongFunction;

/**
 * Runs user-supplied computations (expressions, schema checks with user patterns) on a small pool of dedicated
 * platform threads, never on the caller's thread: a runaway computation can neither pin a virtual thread's carrier
 * nor hold a request or engine thread. The caller waits at most the time limit, counted from the call (time spent
 * waiting for a free thread counts), then the computation is cancelled (interrupted; the expression guard also
 * stops at the deadline it was given) and the caller gets an {@link ExpressionException} naming the limit. The
 * wait queue is bounded: when it is full the call is refused at once instead of queueing without end.
 */
public final class BoundedEvaluator implements AutoCloseable {

    private final ExpressionSettings settings;
    private final ThreadPoolExecutor pool;

    public BoundedEvaluator(ExpressionSettings settings) {
        this.settings = settings;
        this.pool = new ThreadPoolExecutor(settings.threads(), settings.threads(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(settings.queueCapacity()),
                Thread.ofPlatform().daemon().name("expression-", 1).factory(),
                new ThreadPoolExecutor.AbortPolicy());
    }

    public ExpressionSettings settings() {
        return settings;
    }

    /**
     * Runs {@code work}, handing it its deadline (a {@link System#nanoTime()} instant), and returns its result.
     * {@code subject} names the computation in errors.
     */
    public <T> T evaluate(String subject, LongFunction<T> work) {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        Future<T> running;
        try {
            running = pool.submit(() -> work.apply(deadline));
        } catch (RejectedExecutionException full) {
            throw ExpressionException.busy(subject);
        }
        try {
            return running.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException overTime) {
            running.cancel(true);
            pool.remove((Runnable) running);
            throw ExpressionException.overTime(subject, settings);
        } catch (InterruptedException interrupted) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw ExpressionException.overTime(subject, settings);
        } catch (ExecutionException failed) {
            throw switch (failed.getCause()) {
                case RuntimeException runtime -> runtime;
                case StackOverflowError deep -> new ExpressionException(subject, "it nests too deeply");
                case OutOfMemoryError big -> ExpressionException.overSize(subject, settings);
                case Throwable other -> new ExpressionException(subject, "it could not be evaluated");
            };
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
