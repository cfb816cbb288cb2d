package io.skillify.automation.application.expression;

import com.dashjoin.jsonata.Jsonata;
import java.util.Collection;
import java.util.Map;

/**
 * Checked by JSONata on entering and leaving every node of the expression: stops the evaluation at its deadline,
 * when its thread is interrupted (the caller gave up), when it nests too deeply, and as soon as an intermediate
 * value (a string, array or object) grows past the result size cap, before it can grow further.
 */
final class EvaluationGuard {

    private final long deadline;
    private final int maxDepth;
    private final int maxResultBytes;
    private int depth;

    EvaluationGuard(long deadline, int maxDepth, int maxResultBytes) {
        this.deadline = deadline;
        this.maxDepth = maxDepth;
        this.maxResultBytes = maxResultBytes;
    }

    void watch(Jsonata.Frame frame) {
        frame.setEvaluateEntryCallback((node, input, environment) -> {
            if (!environment.isParallelCall) {
                depth++;
            }
            checkTimeAndDepth();
        });
        frame.setEvaluateExitCallback((node, input, environment, result) -> {
            if (!environment.isParallelCall) {
                depth--;
            }
            checkTimeAndDepth();
            checkSize(result);
        });
    }

    void checkTimeAndDepth() {
        if (System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted()) {
            throw new LimitExceeded(LimitExceeded.Limit.TIME);
        }
        if (depth > maxDepth) {
            throw new LimitExceeded(LimitExceeded.Limit.DEPTH);
        }
    }

    void checkSize(Object value) {
        long size = switch (value) {
            case CharSequence text -> text.length();
            case Collection<?> list -> 2L * list.size();
            case Map<?, ?> map -> 4L * map.size();
            case null, default -> 0;
        };
        if (size > maxResultBytes) {
            throw new LimitExceeded(LimitExceeded.Limit.SIZE);
        }
    }

    /** Characters a built-in may produce, checked before it allocates them. */
    void checkProduces(long characters) {
        if (characters > maxResultBytes) {
            throw new LimitExceeded(LimitExceeded.Limit.SIZE);
        }
    }

    int maxResultBytes() {
        return maxResultBytes;
    }
}
