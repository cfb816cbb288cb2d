package io.skillify.workspace.domain;

import static io.skillify.workspace.domain.WorkspaceFixtures.LATER;
import static io.skillify.workspace.domain.WorkspaceFixtures.aTeam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.ForbiddenException;
import org.junit.jupiter.api.Test;

class InvitedAccountsAreNotMembersTest {

    private final WorkspaceFixtures team = aTeam();

    @Test
    void an_account_invited_as_owner_can_do_nothing_in_the_workspace() {
        team.workspace.invite(team.owner, team.stranger, Role.OWNER, LATER);

        assertThat(team.workspace.roleOf(team.stranger)).isEmpty();
        assertThatThrownBy(() -> team.workspace.rename(team.stranger, new WorkspaceName("Taken over")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> team.workspace.changeRole(team.stranger, team.member, Role.ADMIN))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> team.workspace.delete(team.stranger)).isInstanceOf(ForbiddenException.class);
        assertThat(team.workspace.name().value()).isEqualTo("Skillify");
    }

    @Test
    void an_invited_owner_does_not_count_as_another_owner() {
        team.workspace.invite(team.owner, team.stranger, Role.OWNER, LATER);

        assertThatThrownBy(() -> team.workspace.removeMember(team.owner, team.owner))
                .isInstanceOf(LastOwnerException.class);
        assertThatThrownBy(() -> team.workspace.changeRole(team.owner, team.owner, Role.ADMIN))
                .isInstanceOf(LastOwnerException.class);
        assertThat(team.workspace.roleOf(team.owner)).contains(Role.OWNER);
    }
}
