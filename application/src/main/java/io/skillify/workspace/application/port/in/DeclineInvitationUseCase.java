package io.skillify.workspace.application.port.in;

/** The invited account (or its owner) refuses: the invitation is removed. */
public interface DeclineInvitationUseCase {

    void decline(InvitationAnswer answer);
}
