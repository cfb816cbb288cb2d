package io.skillify.workspace.application;

import io.skillify.shared.application.fakes.DirectTransactions;
import io.skillify.shared.application.fakes.RecordedEvents;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.fakes.FakeAccountDirectory;
import io.skillify.workspace.application.fakes.InMemoryWorkspaces;
import io.skillify.workspace.application.port.in.AddMemberUseCase.AddMemberCommand;
import io.skillify.workspace.application.port.in.InvitationAnswer;
import io.skillify.workspace.domain.Role;
import io.skillify.workspace.domain.WorkspaceName;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The workspace context's use cases wired to in-memory fakes of their ports: no Spring, no database. */
final class WorkspaceUseCases {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    final FakeAccountDirectory accounts = new FakeAccountDirectory();
    final InMemoryWorkspaces workspaces = new InMemoryWorkspaces(accounts);
    final RecordedEvents events = new RecordedEvents();
    final DirectTransactions transactions = new DirectTransactions();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    final CreateWorkspaceService create = new CreateWorkspaceService(workspaces, transactions, events, clock);
    final RenameWorkspaceService rename = new RenameWorkspaceService(workspaces, transactions, events);
    final DeleteWorkspaceService delete = new DeleteWorkspaceService(workspaces, transactions, events);
    final GetWorkspaceService get = new GetWorkspaceService(workspaces);
    final ListMyWorkspacesService mine = new ListMyWorkspacesService(workspaces);
    final AddMemberService add = new AddMemberService(workspaces, workspaces, accounts, transactions, events, clock);
    final ChangeMemberRoleService changeRole = new ChangeMemberRoleService(workspaces, workspaces, transactions,
            events);
    final RemoveMemberService remove = new RemoveMemberService(workspaces, transactions, events);
    final ListMembersService members = new ListMembersService(workspaces);
    final WorkspaceAccessService access = new WorkspaceAccessService(workspaces);
    final InvitationService invitations = new InvitationService(workspaces, workspaces, accounts, transactions,
            events, clock);

    /** A new person, created by nobody. */
    AccountId person(String name) {
        return accounts.add(name, null);
    }

    /** A workspace {@code owner} created, so it is its only owner. */
    WorkspaceId workspaceOf(AccountId owner) {
        return create.create(owner, new WorkspaceName("team")).id();
    }

    /** A new person {@code inviter} invited to {@code workspace} with {@code role}, and who accepted. */
    AccountId memberOf(WorkspaceId workspace, AccountId inviter, Role role) {
        AccountId member = person("member");
        add.add(new AddMemberCommand(workspace, inviter, member, role));
        invitations.accept(new InvitationAnswer(workspace, member, null));
        return member;
    }
}
