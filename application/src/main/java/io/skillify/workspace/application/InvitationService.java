package io.skillify.workspace.application;

import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.workspace.application.port.in.AcceptInvitationUseCase;
import io.skillify.workspace.application.port.in.DeclineInvitationUseCase;
import io.skillify.workspace.application.port.in.InvitationAnswer;
import io.skillify.workspace.domain.view.InvitationView;
import io.skillify.workspace.application.port.in.ListInvitationsQuery;
import io.skillify.workspace.domain.view.MemberView;
import io.skillify.workspace.application.port.out.AccountDirectory;
import io.skillify.workspace.application.port.out.WorkspaceQueries;
import io.skillify.workspace.application.port.out.WorkspaceRepository;
import io.skillify.workspace.domain.Workspace;
import java.time.Clock;
import java.util.List;

/**
 * Invitations are answered by the invited account or by the account that owns it. To anyone else an invitation
 * does not exist (404), so that nobody learns who was invited where.
 */
@UseCase
class InvitationService implements ListInvitationsQuery, AcceptInvitationUseCase, DeclineInvitationUseCase {

    private final WorkspaceRepository workspaces;
    private final WorkspaceQueries queries;
    private final AccountDirectory accounts;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final Clock clock;

    InvitationService(WorkspaceRepository workspaces, WorkspaceQueries queries, AccountDirectory accounts,
                      TransactionRunner transactions, DomainEventPublisher events, Clock clock) {
        this.workspaces = workspaces;
        this.queries = queries;
        this.accounts = accounts;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<InvitationView> invitationsFor(AccountId account) {
        return queries.invitationsFor(account);
    }

    @Override
    public MemberView accept(InvitationAnswer answer) {
        return transactions.inTransaction(() -> {
            Workspace workspace = loadFor(answer);
            events.publish(workspace.acceptInvitation(answer.invitee(), clock.instant()));
            workspaces.update(workspace);
            return queries.member(answer.workspace(), answer.invitee())
                    .orElseThrow(() -> new NotFoundException("Invitation"));
        });
    }

    @Override
    public void decline(InvitationAnswer answer) {
        transactions.inTransaction(() -> {
            Workspace workspace = loadFor(answer);
            events.publish(workspace.declineInvitation(answer.invitee()));
            workspaces.update(workspace);
        });
    }

    private Workspace loadFor(InvitationAnswer answer) {
        boolean speaksForInvitee = answer.invitee().equals(answer.actor())
                || accounts.owns(answer.actor(), answer.invitee());
        if (!speaksForInvitee) {
            throw new NotFoundException("Invitation");
        }
        return workspaces.loadForUpdate(answer.workspace()).orElseThrow(() -> new NotFoundException("Invitation"));
    }
}
