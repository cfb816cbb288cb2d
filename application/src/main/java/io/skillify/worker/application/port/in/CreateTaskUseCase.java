package io.skillify.worker.application.port.in;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskSpec;

/** A member puts a task up for workers in one of its workspaces. */
public interface CreateTaskUseCase {

    Task create(AccountId actor, WorkspaceId workspace, TaskSpec spec);
}
