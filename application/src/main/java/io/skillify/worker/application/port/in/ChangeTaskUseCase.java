package io.skillify.worker.application.port.in;

import io.skillify.shared.domain.AccountId;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskId;

/**
 * Takes a task out of its worker's hands: {@code reassign} (an admin of its workspace) puts it back up for claims,
 * {@code cancel} (any member) ends it. A live worker is failed and, on cancel, told to abort.
 */
public interface ChangeTaskUseCase {

    Task reassign(AccountId actor, TaskId task);

    Task cancel(AccountId actor, TaskId task);
}
