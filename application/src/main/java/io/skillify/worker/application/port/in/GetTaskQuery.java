package io.skillify.worker.application.port.in;

import io.skillify.shared.domain.AccountId;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.Worker;
import java.util.Optional;

/**
 * One task for a member of its workspace, with its workspace and its latest worker. Anyone else gets 404, so the
 * existence of another workspace's task never shows.
 */
public interface GetTaskQuery {

    TaskDetails task(AccountId actor, TaskId task);

    record TaskDetails(TaskInWorkspace task, Optional<Worker> worker) {
    }
}
