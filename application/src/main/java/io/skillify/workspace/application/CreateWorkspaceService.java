package io.skillify.workspace.application;

import io.skillify.shared.application.Ids;
import io.skillify.shared.application.UseCase;
import io.skillify.shared.application.port.out.DomainEventPublisher;
import io.skillify.shared.application.port.out.TransactionRunner;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.in.CreateWorkspaceUseCase;
import io.skillify.workspace.application.port.out.WorkspaceRepository;
import io.skillify.workspace.domain.Role;
import io.skillify.workspace.domain.Workspace;
import io.skillify.workspace.domain.WorkspaceName;
import io.skillify.workspace.domain.event.WorkspaceCreated;
import io.skillify.workspace.domain.view.WorkspaceView;
import java.time.Clock;

@UseCase
class CreateWorkspaceService implements CreateWorkspaceUseCase {

    private final WorkspaceRepository workspaces;
    private final TransactionRunner transactions;
    private final DomainEventPublisher events;
    private final Clock clock;

    CreateWorkspaceService(WorkspaceRepository workspaces, TransactionRunner transactions,
                           DomainEventPublisher events, Clock clock) {
        this.workspaces = workspaces;
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
}
