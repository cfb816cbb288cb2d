package io.skillify.workspace.application;

import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.workspace.application.port.in.AddMemberUseCase;
import io.skillify.workspace.application.port.out.AccountDirectory;
import io.skillify.workspace.application.port.out.WorkspaceQueries;
import io.skillify.workspace.application.port.out.WorkspaceRepository;
import io.skillify.workspace.domain.Workspace;
import io.skillify.workspace.domain.view.MemberView;
import java.time.Clock;

@UseCase
class AddMemberService implements AddMemberUseCase {

    private final WorkspaceRepository workspaces;
    private final Memberships memberships;
    private final AccountDirectory accounts;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final Clock clock;

    AddMemberService(WorkspaceRepository workspaces, WorkspaceQueries queries, AccountDirectory accounts,
                     TransactionRunner transactions, DomainEventPublisher events, Clock clock) {
        this.workspaces = workspaces;
        this.memberships = new Memberships(workspaces, queries);
        this.accounts = accounts;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public MemberView add(AddMemberCommand command) {
        return transactions.inTransaction(() -> {
            Workspace workspace = memberships.lock(command.workspace());
            if (!accounts.isActive(command.member())) {
                throw new NotFoundException("Account");
            }
            boolean actorOwnsMember = accounts.owns(command.actor(), command.member());
            events.publish(workspace.addOrInvite(command.actor(), command.member(), command.role(), actorOwnsMember,
                    clock.instant()));
            workspaces.update(workspace);
            return memberships.member(command.workspace(), command.member());
        });
    }
}
