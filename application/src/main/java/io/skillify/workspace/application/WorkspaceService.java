package io.skillify.workspace.application;

import io.skillify.shared.application.Ids;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.in.CreateWorkspaceUseCase;
import io.skillify.workspace.application.port.in.DeleteWorkspaceUseCase;
import io.skillify.workspace.application.port.in.GetWorkspaceQuery;
import io.skillify.workspace.application.port.in.ListMyWorkspacesQuery;
import io.skillify.workspace.application.port.in.RenameWorkspaceUseCase;
import io.skillify.workspace.domain.view.WorkspaceView;
import io.skillify.workspace.application.port.out.WorkspaceQueries;
import io.skillify.workspace.application.port.out.WorkspaceRepository;
import io.skillify.workspace.domain.Role;
import io.skillify.workspace.domain.Workspace;
import io.skillify.workspace.domain.WorkspaceName;
import io.skillify.workspace.domain.event.WorkspaceCreated;
import java.time.Clock;
import java.util.List;

@UseCase
class WorkspaceService implements CreateWorkspaceUseCase, ListMyWorkspacesQuery, GetWorkspaceQuery,
        RenameWorkspaceUseCase, DeleteWorkspaceUseCase {

    private final WorkspaceRepository workspaces;
    private final WorkspaceQueries queries;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final Clock clock;

    WorkspaceService(WorkspaceRepository workspaces, WorkspaceQueries queries, TransactionRunner transactions,
                     DomainEventPublisher events, Clock clock) {
        this.workspaces = workspaces;
        this.queries = queries;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public WorkspaceView create(AccountId creator, WorkspaceName name) {
        Workspace workspace = Workspace.create(new WorkspaceId(Ids.next()), name, creator, clock.instant());
        transactions.inTransaction(() -> {
            workspaces.insert(workspace);
            events.publish(new WorkspaceCreated(workspace.id(), name.value(), creator));
        });
        return new WorkspaceView(workspace.id(), name.value(), Role.OWNER, creator, workspace.createdAt());
    }

    @Override
    public List<WorkspaceView> workspacesOf(AccountId account) {
        return queries.workspacesOf(account);
    }

    @Override
    public WorkspaceView workspace(WorkspaceId workspace, AccountId viewer) {
        return queries.workspace(workspace, viewer).orElseThrow(() -> new NotFoundException("Workspace"));
    }

    @Override
    public WorkspaceView rename(WorkspaceId id, AccountId actor, WorkspaceName name) {
        return transactions.inTransaction(() -> {
            Workspace workspace = load(id);
            events.publish(workspace.rename(actor, name));
            workspaces.update(workspace);
            return new WorkspaceView(id, name.value(), workspace.roleOf(actor).orElseThrow(),
                    workspace.createdBy(), workspace.createdAt());
        });
    }

    @Override
    public void delete(WorkspaceId id, AccountId actor) {
        transactions.inTransaction(() -> {
            Workspace workspace = load(id);
            events.publish(workspace.delete(actor));
            workspaces.delete(id);
        });
    }

    private Workspace load(WorkspaceId id) {
        return workspaces.loadForUpdate(id).orElseThrow(() -> new NotFoundException("Workspace"));
    }
}
