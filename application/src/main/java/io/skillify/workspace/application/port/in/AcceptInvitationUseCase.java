package io.skillify.workspace.application.port.in;

import io.skillify.workspace.domain.view.MemberView;

/** The invited account (or its owner) consents: the account becomes a member with the invited role. */
public interface AcceptInvitationUseCase {

    MemberView accept(InvitationAnswer answer);
}
