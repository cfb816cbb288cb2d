package io.skillify.workspace.adapter.in.rest;

import io.skillify.shared.adapter.in.rest.CurrentAccount;
import io.skillify.shared.adapter.in.rest.DataEnvelope;
import io.skillify.workspace.adapter.in.rest.api.RequiresRole;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceRoutes;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceScope;
import io.skillify.workspace.application.port.in.CreateWorkspaceUseCase;
import io.skillify.workspace.application.port.in.DeleteWorkspaceUseCase;
import io.skillify.workspace.application.port.in.GetWorkspaceQuery;
import io.skillify.workspace.application.port.in.ListMyWorkspacesQuery;
import io.skillify.workspace.application.port.in.RenameWorkspaceUseCase;
import io.skillify.workspace.domain.Role;
import io.skillify.workspace.domain.WorkspaceName;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Workspaces (contract §3). */
@RestController
class WorkspaceController {

    private final CreateWorkspaceUseCase createWorkspace;
    private final ListMyWorkspacesQuery myWorkspaces;
    private final GetWorkspaceQuery getWorkspace;
    private final RenameWorkspaceUseCase renameWorkspace;
    private final DeleteWorkspaceUseCase deleteWorkspace;
    private final WorkspaceRestMapper mapper;

    WorkspaceController(CreateWorkspaceUseCase createWorkspace, ListMyWorkspacesQuery myWorkspaces,
                        GetWorkspaceQuery getWorkspace, RenameWorkspaceUseCase renameWorkspace,
                        DeleteWorkspaceUseCase deleteWorkspace, WorkspaceRestMapper mapper) {
        this.createWorkspace = createWorkspace;
        this.myWorkspaces = myWorkspaces;
        this.getWorkspace = getWorkspace;
        this.renameWorkspace = renameWorkspace;
        this.deleteWorkspace = deleteWorkspace;
        this.mapper = mapper;
    }

    @PostMapping("/api/workspaces")
    @ResponseStatus(HttpStatus.CREATED)
    DataEnvelope<WorkspaceResponse> create(CurrentAccount caller, @Valid @RequestBody WorkspaceNameRequest request) {
        return DataEnvelope.of(mapper.toResponse(
                createWorkspace.create(caller.id(), new WorkspaceName(request.name()))));
    }

    @GetMapping("/api/workspaces")
    WorkspacesResponse mine(CurrentAccount caller) {
        return new WorkspacesResponse(true,
                myWorkspaces.workspacesOf(caller.id()).stream().map(mapper::toResponse).toList());
    }

    @GetMapping(WorkspaceRoutes.BASE)
    DataEnvelope<WorkspaceResponse> get(WorkspaceScope scope) {
        return DataEnvelope.of(mapper.toResponse(getWorkspace.workspace(scope.workspaceId(), scope.callerId())));
    }

    @PatchMapping(WorkspaceRoutes.BASE)
    @RequiresRole(Role.ADMIN)
    DataEnvelope<WorkspaceResponse> rename(WorkspaceScope scope, @Valid @RequestBody WorkspaceNameRequest request) {
        return DataEnvelope.of(mapper.toResponse(renameWorkspace.rename(scope.workspaceId(), scope.callerId(),
                new WorkspaceName(request.name()))));
    }

    @DeleteMapping(WorkspaceRoutes.BASE)
    @RequiresRole(Role.OWNER)
    DataEnvelope<DeletedResponse> delete(WorkspaceScope scope) {
        deleteWorkspace.delete(scope.workspaceId(), scope.callerId());
        return DataEnvelope.of(new DeletedResponse(scope.workspaceId().value(), true));
    }
}
