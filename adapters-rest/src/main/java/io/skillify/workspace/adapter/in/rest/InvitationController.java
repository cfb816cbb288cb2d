package io.skillify.workspace.adapter.in.rest;

import io.skillify.shared.adapter.in.rest.CurrentAccount;
import io.skillify.shared.adapter.in.rest.DataEnvelope;
import io.skillify.shared.adapter.in.rest.ListEnvelope;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.in.AcceptInvitationUseCase;
import io.skillify.workspace.application.port.in.DeclineInvitationUseCase;
import io.skillify.workspace.application.port.in.InvitationAnswer;
import io.skillify.workspace.application.port.in.ListInvitationsQuery;
import java.util.UUID;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invitations (contract §3, consent). The invited account is not a member of the workspace, so these routes live
 * outside {@code /api/{workspaceId}} and its membership check; the path variable is deliberately not
 * {@code workspaceId}.
 */
@RestController
@RequestMapping("/api/invitations")
class InvitationController {

    private final ListInvitationsQuery listInvitations;
    private final AcceptInvitationUseCase acceptInvitation;
    private final DeclineInvitationUseCase declineInvitation;
    private final WorkspaceRestMapper mapper;

    InvitationController(ListInvitationsQuery listInvitations, AcceptInvitationUseCase acceptInvitation,
                         DeclineInvitationUseCase declineInvitation, WorkspaceRestMapper mapper) {
        this.listInvitations = listInvitations;
        this.acceptInvitation = acceptInvitation;
        this.declineInvitation = declineInvitation;
        this.mapper = mapper;
    }

    @GetMapping
    ListEnvelope<InvitationResponse> list(CurrentAccount caller) {
        return ListEnvelope.of(listInvitations.invitationsFor(caller.id()).stream().map(mapper::toResponse).toList());
    }

    @PostMapping("/{workspace}/accept")
    DataEnvelope<AcceptedInvitationResponse> accept(CurrentAccount caller, @PathVariable UUID workspace,
                                                    @RequestBody(required = false) AcceptInvitationRequest request) {
        InvitationAnswer answer = answer(caller, workspace, request == null ? null : request.accountId());
        return DataEnvelope.of(mapper.toAccepted(answer.workspace(), acceptInvitation.accept(answer)));
    }

    @DeleteMapping("/{workspace}")
    DataEnvelope<DeclinedInvitationResponse> decline(CurrentAccount caller, @PathVariable UUID workspace,
                                                     @RequestParam(required = false) UUID accountId) {
        InvitationAnswer answer = answer(caller, workspace, accountId);
        declineInvitation.decline(answer);
        return DataEnvelope.of(new DeclinedInvitationResponse(workspace, answer.invitee().value(), true));
    }

    private static InvitationAnswer answer(CurrentAccount caller, UUID workspace, UUID invitee) {
        return new InvitationAnswer(new WorkspaceId(workspace), caller.id(),
                invitee == null ? null : new AccountId(invitee));
    }
}
