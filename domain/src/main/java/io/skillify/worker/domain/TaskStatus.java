package io.skillify.worker.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a task is: waiting for a claim, held by a worker, or done one way or another. */
public enum TaskStatus {
    PENDING, ASSIGNED, IN_PROGRESS, COMPLETED, FAILED, CANCELLED;

    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    /** The statuses of work not yet done: waiting for a claim, claimed, or under way. */
    public static Set<TaskStatus> active() {
        return EnumSet.of(PENDING, ASSIGNED, IN_PROGRESS);
    }
}
