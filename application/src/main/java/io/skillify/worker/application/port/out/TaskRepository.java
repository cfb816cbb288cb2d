package io.skillify.worker.application.port.out;

import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.FlowStepOrigin;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.TaskStatus;
import io.skillify.worker.domain.WorkerId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stored tasks. Whoever changes a task and its worker locks the task first, then the worker. */
public interface TaskRepository {

    void insert(Task task);

    /** Stores the task of a flow step unless that step already has one; either way returns the step's task. */
    Task insertForStep(Task task);

    Optional<Task> find(TaskId id);

    /** The task, locked until the transaction ends. */
    Optional<Task> lock(TaskId id);

    /** The task of a worker, locked until the transaction ends (one statement, for the worker's reports). */
    Optional<Task> lockOfWorker(WorkerId worker);

    Optional<Task> findByOrigin(FlowStepOrigin origin);

    /** Writes status, attempts, worker, output and error. */
    void save(Task task);

    /** Tasks of the workspaces {@code account} is a member of, narrowed as asked, newest first. */
    Page<Task> visibleTo(AccountId account, Optional<WorkspaceId> workspace, Optional<TaskStatus> status,
                         PageRequest page);

    /** Tasks of {@code workspaces} in one of {@code statuses} (any status when empty), newest first. */
    List<Task> slice(Set<WorkspaceId> workspaces, Set<TaskStatus> statuses, int limit, int offset);

    /** How many tasks of {@code workspaces} are in one of {@code statuses} (any status when empty). */
    long count(Set<WorkspaceId> workspaces, Set<TaskStatus> statuses);

    /** Pending tasks in the workspaces {@code account} is a member of. */
    long pendingFor(AccountId account);
}
