package io.skillify.workspace.application.port.in;

import io.skillify.workspace.domain.view.InvitationView;
import io.skillify.shared.domain.AccountId;
import java.util.List;

/** The pending invitations of an account and of every account it owns, oldest first. */
public interface ListInvitationsQuery {

    List<InvitationView> invitationsFor(AccountId account);
}
