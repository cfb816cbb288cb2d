package io.skillify.worker.domain;

/** What an admin can tell a live worker to do. */
public enum WorkerCommand {
    PAUSE, RESUME, ABORT, MESSAGE
}
