package io.skillify.workspace.adapter.in.rest;

import io.skillify.shared.adapter.in.rest.RestMappingConfig;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.domain.view.InvitationView;
import io.skillify.workspace.domain.view.MemberView;
import io.skillify.workspace.domain.view.WorkspaceView;
import org.mapstruct.Mapper;

@Mapper(config = RestMappingConfig.class)
interface WorkspaceRestMapper {

    WorkspaceResponse toResponse(WorkspaceView workspace);

    MemberResponse toResponse(MemberView member);

    InvitationResponse toResponse(InvitationView invitation);

    AcceptedInvitationResponse toAccepted(WorkspaceId workspaceId, MemberView member);
}
