package io.skillify.worker.application;

import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.worker.application.port.in.WorkerQueries;
import io.skillify.worker.application.port.out.TaskRepository;
import io.skillify.worker.application.port.out.WorkerRepository;
import io.skillify.worker.domain.Task;
import io.skillify.worker.domain.Worker;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.WorkerStatus;
import java.util.List;
import java.util.Set;

@UseCase
class WorkerQueriesService implements WorkerQueries {

    private static final int MINE_LIMIT = 200;

    private final TaskRepository tasks;
    private final WorkerRepository workers;

    WorkerQueriesService(TaskRepository tasks, WorkerRepository workers) {
        this.tasks = tasks;
        this.workers = workers;
    }

    @Override
    public WorkerWithTask worker(AccountId actor, WorkerId id) {
        Worker worker = workers.find(id).orElseThrow(() -> new NotFoundException("Worker"));
        worker.requireOwner(actor);
        return new WorkerWithTask(worker, taskOf(worker));
    }

    @Override
    public List<WorkerWithTask> mine(AccountId actor, Set<WorkerStatus> statuses) {
        return workers.ofAccount(actor, statuses, MINE_LIMIT).stream()
                .map(worker -> new WorkerWithTask(worker, taskOf(worker)))
                .toList();
    }

    private Task taskOf(Worker worker) {
        return tasks.find(worker.taskId()).orElseThrow(() -> new NotFoundException("Task"));
    }
}
