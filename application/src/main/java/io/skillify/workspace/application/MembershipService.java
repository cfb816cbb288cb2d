package io.skillify.workspace.application;

import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.in.AddMemberUseCase;
import io.skillify.workspace.application.port.in.ChangeMemberRoleUseCase;
import io.skillify.workspace.application.port.in.CheckWorkspaceAccessQuery;
import io.skillify.workspace.application.port.in.ListMembersQuery;
import io.skillify.workspace.domain.view.MemberView;
import io.skillify.workspace.application.port.in.RemoveMemberUseCase;
import io.skillify.workspace.domain.view.WorkspaceAccess;
import io.skillify.workspace.application.port.out.AccountDirectory;
import io.skillify.workspace.application.port.out.WorkspaceQueries;
import io.skillify.workspace.application.port.out.WorkspaceRepository;
import io.skillify.workspace.domain.Workspace;
import java.time.Clock;

@UseCase
class MembershipService implements CheckWorkspaceAccessQuery, ListMembersQuery, AddMemberUseCase,
        ChangeMemberRoleUseCase, RemoveMemberUseCase {

    private final WorkspaceRepository workspaces;
    private final WorkspaceQueries queries;
    private final AccountDirectory accounts;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final Clock clock;

    MembershipService(WorkspaceRepository workspaces, WorkspaceQueries queries, AccountDirectory accounts,
                      TransactionRunner transactions, DomainEventPublisher events, Clock clock) {
        this.workspaces = workspaces;
        this.queries = queries;
        this.accounts = accounts;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public WorkspaceAccess accessOf(AccountId account, WorkspaceId workspace) {
        return queries.accessOf(account, workspace);
    }

    @Override
    public Page<MemberView> members(WorkspaceId workspace, PageRequest page) {
        return queries.members(workspace, page);
    }

    @Override
    public MemberView add(AddMemberCommand command) {
        return transactions.inTransaction(() -> {
            Workspace workspace = load(command.workspace());
            if (!accounts.isActive(command.member())) {
                throw new NotFoundException("Account");
            }
            boolean actorOwnsMember = accounts.owns(command.actor(), command.member());
            events.publish(workspace.addOrInvite(command.actor(), command.member(), command.role(), actorOwnsMember,
                    clock.instant()));
            workspaces.update(workspace);
            return member(command.workspace(), command.member());
        });
    }

    @Override
    public MemberView changeRole(ChangeMemberRoleCommand command) {
        return transactions.inTransaction(() -> {
            Workspace workspace = load(command.workspace());
            events.publish(workspace.changeRole(command.actor(), command.member(), command.role()));
            workspaces.update(workspace);
            return member(command.workspace(), command.member());
        });
    }

    @Override
    public void remove(WorkspaceId id, AccountId actor, AccountId member) {
        transactions.inTransaction(() -> {
            Workspace workspace = load(id);
            events.publish(workspace.removeMember(actor, member));
            workspaces.update(workspace);
        });
    }

    private Workspace load(WorkspaceId id) {
        return workspaces.loadForUpdate(id).orElseThrow(() -> new NotFoundException("Workspace"));
    }

    private MemberView member(WorkspaceId workspace, AccountId account) {
        return queries.member(workspace, account).orElseThrow(() -> new NotFoundException("Member"));
    }
}
