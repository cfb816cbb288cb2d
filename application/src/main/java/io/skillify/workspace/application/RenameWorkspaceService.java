package io.skillify.workspace.application;

import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.in.RenameWorkspaceUseCase;
import io.skillify.workspace.application.port.out.WorkspaceRepository;
import io.skillify.workspace.domain.Workspace;
import io.skillify.workspace.domain.WorkspaceName;
import io.skillify.workspace.domain.view.WorkspaceView;

@UseCase
class RenameWorkspaceService implements RenameWorkspaceUseCase {

    private final WorkspaceRepository workspaces;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;

    RenameWorkspaceService(WorkspaceRepository workspaces, TransactionRunner transactions,
                           DomainEventPublisher events) {
        this.workspaces = workspaces;
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public WorkspaceView rename(WorkspaceId id, AccountId actor, WorkspaceName name) {
        return transactions.inTransaction(() -> {
            Workspace workspace = workspaces.loadForUpdate(id).orElseThrow(() -> new NotFoundException("Workspace"));
            events.publish(workspace.rename(actor, name));
            workspaces.update(workspace);
            return new WorkspaceView(id, name.value(), workspace.roleOf(actor).orElseThrow(),
                    workspace.createdBy(), workspace.createdAt());
        });
    }
}
