package io.skillify.worker.application.port.out;

import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.TaskId;
import io.skillify.worker.domain.Worker;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.WorkerStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stored workers. Lock a worker only after its task (see {@link TaskRepository}). */
public interface WorkerRepository {

    Optional<Worker> find(WorkerId id);

    /** The worker, locked until the transaction ends. */
    Optional<Worker> lock(WorkerId id);

    /** The active worker of a task, locked, if it has one. */
    Optional<Worker> lockActiveOf(TaskId task);

    void save(Worker worker);

    List<Worker> ofAccount(AccountId account, Set<WorkerStatus> statuses, int limit);

    Page<Worker> ofWorkspace(WorkspaceId workspace, PageRequest page);

    /** Renews the lease of every active worker of the account. */
    void renewLeases(AccountId account, Instant until);

    /** Active workers whose lease ended before {@code now}: their ids and tasks, at most {@code limit}. */
    List<Expired> expiredBefore(Instant now, int limit);

    /** Live workers of the account, in one workspace or in all: their ids and tasks. */
    List<LiveWorker> liveOf(AccountId account, Optional<WorkspaceId> workspace);

    record Expired(WorkerId worker, TaskId task) {
    }

    record LiveWorker(WorkerId worker, TaskId task) {
    }
}
