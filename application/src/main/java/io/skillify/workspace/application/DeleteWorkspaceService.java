package io.skillify.workspace.application;

import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.in.DeleteWorkspaceUseCase;
import io.skillify.workspace.application.port.out.WorkspaceRepository;
import io.skillify.workspace.domain.Workspace;

@UseCase
class DeleteWorkspaceService implements DeleteWorkspaceUseCase {

    private final WorkspaceRepository workspaces;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;

    DeleteWorkspaceService(WorkspaceRepository workspaces, TransactionRunner transactions,
                           DomainEventPublisher events) {
        this.workspaces = workspaces;
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public void delete(WorkspaceId id, AccountId actor) {
        transactions.inTransaction(() -> {
            Workspace workspace = workspaces.loadForUpdate(id).orElseThrow(() -> new NotFoundException("Workspace"));
            events.publish(workspace.delete(actor));
            workspaces.delete(id);
        });
    }
}
