package io.skillify.worker.domain;

/** A worker's own account of its progress on one task. Active ones count against the account's limit. */
public enum WorkerStatus {
    IDLE, STARTING, RUNNING, WAITING_INPUT, PAUSED, COMPLETED, FAILED;

    public boolean isActive() {
        return !isTerminal();
    }

    public boolean isTerminal() {
        return this == COMPLETED || this == FAILED;
    }
}
