package io.skillify.workspace.application;

import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.workspace.application.port.in.ChangeMemberRoleUseCase;
import io.skillify.workspace.application.port.out.WorkspaceQueries;
import io.skillify.workspace.application.port.out.WorkspaceRepository;
import io.skillify.workspace.domain.Workspace;
import io.skillify.workspace.domain.view.MemberView;

@UseCase
class ChangeMemberRoleService implements ChangeMemberRoleUseCase {

    private final WorkspaceRepository workspaces;
    private final Memberships memberships;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;

    ChangeMemberRoleService(WorkspaceRepository workspaces, WorkspaceQueries queries, TransactionRunner transactions,
                            DomainEventPublisher events) {
        this.workspaces = workspaces;
        this.memberships = new Memberships(workspaces, queries);
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public MemberView changeRole(ChangeMemberRoleCommand command) {
        return transactions.inTransaction(() -> {
            Workspace workspace = memberships.lock(command.workspace());
            events.publish(workspace.changeRole(command.actor(), command.member(), command.role()));
            workspaces.update(workspace);
            return memberships.member(command.workspace(), command.member());
        });
    }
}
