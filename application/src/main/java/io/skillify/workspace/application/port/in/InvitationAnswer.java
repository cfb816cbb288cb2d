package io.skillify.workspace.application.port.in;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import java.util.Objects;

/**
 * {@code actor} answers the invitation of {@code invitee} to {@code workspace}: its own (no invitee given), or that
 * of an account it owns.
 */
public record InvitationAnswer(WorkspaceId workspace, AccountId actor, AccountId invitee) {

    public InvitationAnswer {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(actor, "actor");
        invitee = invitee == null ? actor : invitee;
    }
}
