package io.skillify.worker.adapter.in.event;

import io.skillify.worker.application.port.in.RetireWorkspaceWorkersUseCase;
import io.skillify.workspace.domain.event.WorkspaceDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Remembers a deleted workspace's workers before their rows go with it. A plain {@link EventListener} runs in the
 * publisher's thread and transaction, and the workspace publishes the event before deleting its rows.
 */
@Component
class DeletedWorkspaceListener {

    private final RetireWorkspaceWorkersUseCase retire;

    DeletedWorkspaceListener(RetireWorkspaceWorkersUseCase retire) {
        this.retire = retire;
    }

    @EventListener
    void on(WorkspaceDeleted deleted) {
        retire.workspaceDeleted(deleted.workspaceId());
    }
}
