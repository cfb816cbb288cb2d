package io.skillify.automation.application.expression;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds of every expression (and every user regular expression or schema check run the same way): how long one
 * evaluation may take, counted from when it is asked for (a wait for a free evaluator counts), how large its result
 * may be as JSON, how many evaluations run at once on dedicated threads and how many may wait for one.
 */
public record ExpressionSettings(Duration timeout, int maxResultBytes, int threads, int queueCapacity) {

    public ExpressionSettings {
        Objects.requireNonNull(timeout);
        if (timeout.isNegative() || timeout.isZero() || maxResultBytes < 1 || threads < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("expression timeout, result size, threads and queue must be positive");
        }
    }

    /** The contract's defaults: 250ms, 1 MiB, one thread per core, 64 waiting evaluations per thread. */
    public static ExpressionSettings defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ExpressionSettings(Duration.ofMillis(250), 1 << 20, cores, 64 * cores);
    }

    /** The time limit as people write it: {@code 250ms}, {@code 2s}. */
    public String timeLimit() {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    /** The size limit as people write it: {@code 1 MiB}, {@code 512 KiB}, {@code 100 bytes}. */
    public String sizeLimit() {
        if (maxResultBytes % (1 << 20) == 0) {
            return maxResultBytes / (1 << 20) + " MiB";
        }
        return maxResultBytes % 1024 == 0 ? maxResultBytes / 1024 + " KiB" : maxResultBytes + " bytes";
    }
}
