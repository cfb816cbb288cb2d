package io.skillify.workspace.domain;

import static io.skillify.workspace.domain.WorkspaceFixtures.LATER;
import static io.skillify.workspace.domain.WorkspaceFixtures.aTeam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.ForbiddenException;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.workspace.domain.event.InvitationWithdrawn;
import org.junit.jupiter.api.Test;

class RemovingAnInvitedAccountWithdrawsTheInvitationTest {

    private final WorkspaceFixtures team = aTeam();

    @Test
    void an_admin_withdraws_an_invitation() {
        team.workspace.invite(team.owner, team.stranger, Role.MEMBER, LATER);

        assertThat(team.workspace.removeMember(team.admin, team.stranger))
                .isEqualTo(new InvitationWithdrawn(team.workspace.id(), team.stranger, team.admin));
        assertThat(team.workspace.members()).hasSize(3);
        assertThatThrownBy(() -> team.workspace.acceptInvitation(team.stranger, LATER))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void only_owners_withdraw_an_invitation_to_be_owner() {
        team.workspace.invite(team.owner, team.stranger, Role.OWNER, LATER);

        assertThatThrownBy(() -> team.workspace.removeMember(team.admin, team.stranger))
                .isInstanceOf(ForbiddenException.class);
        assertThat(team.workspace.members()).hasSize(4);
    }
}
