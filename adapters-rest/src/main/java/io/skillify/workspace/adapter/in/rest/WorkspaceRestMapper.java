package io.skillify.workspace.adapter.in.rest;

import io.skillify.shared.adapter.in.rest.RestMappingConfig;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.in.InvitationView;
import io.skillify.workspace.application.port.in.MemberView;
import io.skillify.workspace.application.port.in.WorkspaceView;
import org.mapstruct.Mapper;

@Mapper(config = RestMappingConfig.class)
interface WorkspaceRestMapper {

    WorkspaceResponse toResponse(WorkspaceView workspace);

    MemberResponse toResponse(MemberView member);

    InvitationResponse toResponse(InvitationView invitation);

    AcceptedInvitationResponse toAccepted(WorkspaceId workspaceId, MemberView member);
}
