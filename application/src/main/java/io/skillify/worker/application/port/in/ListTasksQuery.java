package io.skillify.worker.application.port.in;

import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskStatus;
import java.util.Optional;

/** Tasks of the caller's workspaces (or of one of them, which it must be a member of), newest first. */
public interface ListTasksQuery {

    Page<Task> tasks(AccountId actor, Optional<WorkspaceId> workspace, Optional<TaskStatus> status, PageRequest page);
}
