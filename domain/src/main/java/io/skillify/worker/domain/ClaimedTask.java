package io.skillify.worker.domain;

/** A task handed to a worker by a claim, with the worker made for it. */
public record ClaimedTask(Worker worker, Task task) {
}
