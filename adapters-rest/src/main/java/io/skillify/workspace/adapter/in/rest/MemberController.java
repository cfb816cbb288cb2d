package io.skillify.workspace.adapter.in.rest;

import io.skillify.shared.adapter.in.rest.DataEnvelope;
import io.skillify.shared.adapter.in.rest.ListEnvelope;
import io.skillify.shared.adapter.in.rest.WireValues;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import io.skillify.workspace.adapter.in.rest.api.RequiresRole;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceRoutes;
import io.skillify.workspace.adapter.in.rest.api.WorkspaceScope;
import io.skillify.workspace.application.port.in.AddMemberUseCase;
import io.skillify.workspace.application.port.in.AddMemberUseCase.AddMemberCommand;
import io.skillify.workspace.application.port.in.ChangeMemberRoleUseCase;
import io.skillify.workspace.application.port.in.ChangeMemberRoleUseCase.ChangeMemberRoleCommand;
import io.skillify.workspace.application.port.in.ListMembersQuery;
import io.skillify.workspace.application.port.in.RemoveMemberUseCase;
import io.skillify.workspace.domain.Role;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Workspace membership (contract §3). Finer rules (owners, leaving, the last owner) live in the domain. */
@RestController
@RequestMapping(WorkspaceRoutes.BASE + "/members")
class MemberController {

    private final ListMembersQuery listMembers;
    private final AddMemberUseCase addMember;
    private final ChangeMemberRoleUseCase changeRole;
    private final RemoveMemberUseCase removeMember;
    private final WorkspaceRestMapper mapper;

    MemberController(ListMembersQuery listMembers, AddMemberUseCase addMember, ChangeMemberRoleUseCase changeRole,
                     RemoveMemberUseCase removeMember, WorkspaceRestMapper mapper) {
        this.listMembers = listMembers;
        this.addMember = addMember;
        this.changeRole = changeRole;
        this.removeMember = removeMember;
        this.mapper = mapper;
    }

    @GetMapping
    ListEnvelope<MemberResponse> list(WorkspaceScope scope, @RequestParam(required = false) Integer limit,
                                      @RequestParam(required = false) String cursor) {
        return ListEnvelope.of(listMembers.members(scope.workspaceId(), PageRequest.of(limit, cursor)),
                mapper::toResponse);
    }

    @PostMapping
    @RequiresRole(Role.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    DataEnvelope<MemberResponse> add(WorkspaceScope scope, @Valid @RequestBody AddMemberRequest request) {
        return DataEnvelope.of(mapper.toResponse(addMember.add(new AddMemberCommand(scope.workspaceId(),
                scope.callerId(), new AccountId(request.accountId()), WireValues.parseEnum(Role.class, request.role())))));
    }

    @PatchMapping("/{accountId}")
    @RequiresRole(Role.ADMIN)
    DataEnvelope<MemberResponse> changeRole(WorkspaceScope scope, @PathVariable UUID accountId,
                                            @Valid @RequestBody ChangeRoleRequest request) {
        return DataEnvelope.of(mapper.toResponse(changeRole.changeRole(new ChangeMemberRoleCommand(
                scope.workspaceId(), scope.callerId(), new AccountId(accountId),
                WireValues.parseEnum(Role.class, request.role())))));
    }

    @DeleteMapping("/{accountId}")
    DataEnvelope<DeletedResponse> remove(WorkspaceScope scope, @PathVariable UUID accountId) {
        removeMember.remove(scope.workspaceId(), scope.callerId(), new AccountId(accountId));
        return DataEnvelope.of(new DeletedResponse(accountId, true));
    }
}
