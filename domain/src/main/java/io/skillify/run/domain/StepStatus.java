package io.skillify.run.domain;

public enum StepStatus {
    PENDING, RUNNING, WAITING, SUCCEEDED, FAILED, SKIPPED, CANCELLED;

    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == SKIPPED || this == CANCELLED;
    }
}
