package io.skillify.worker.application;

import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.application.port.in.WorkspaceWorkQuery;
import io.skillify.worker.application.port.out.WorkerRepository;
import io.skillify.worker.domain.Worker;

@UseCase
class WorkspaceWorkService implements WorkspaceWorkQuery {

    private final WorkerRepository workers;

    WorkspaceWorkService(WorkerRepository workers) {
        this.workers = workers;
    }

    @Override
    public Page<Worker> workers(WorkspaceId workspace, PageRequest page) {
        return workers.ofWorkspace(workspace, page);
    }
}
