package io.skillify.worker.application.port.in;

import io.skillify.shared.domain.AccountId;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.Worker;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.WorkerStatus;
import java.util.List;
import java.util.Set;

/** A worker account reads its own workers. */
public interface WorkerQueries {

    /** The worker with its task; 403 for any account but the claiming one. */
    WorkerWithTask worker(AccountId actor, WorkerId worker);

    /** The caller's workers, newest first, narrowed to {@code statuses} when not empty. */
    List<WorkerWithTask> mine(AccountId actor, Set<WorkerStatus> statuses);

    record WorkerWithTask(Worker worker, Task task) {
    }
}
