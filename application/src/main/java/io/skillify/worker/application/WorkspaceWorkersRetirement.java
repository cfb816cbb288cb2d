package io.skillify.worker.application;

import io.skillify.shared.application.UseCase;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.application.port.in.RetireWorkspaceWorkersUseCase;
import io.skillify.worker.application.port.out.RetiredWorkers;
import java.time.Clock;

@UseCase
class WorkspaceWorkersRetirement implements RetireWorkspaceWorkersUseCase {

    private final RetiredWorkers retired;
    private final Clock clock;

    WorkspaceWorkersRetirement(RetiredWorkers retired, Clock clock) {
        this.retired = retired;
        this.clock = clock;
    }

    @Override
    public void workspaceDeleted(WorkspaceId workspace) {
        retired.retireAllOf(workspace, WORKSPACE_DELETED, clock.instant());
    }
}
