package io.skillify.workspace.domain;

import static io.skillify.workspace.domain.WorkspaceFixtures.CREATED_AT;
import static io.skillify.workspace.domain.WorkspaceFixtures.LATER;
import static io.skillify.workspace.domain.WorkspaceFixtures.aTeam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.ConflictException;
import io.skillify.shared.domain.DomainException;
import io.skillify.shared.domain.NotFoundException;
import org.junit.jupiter.api.Test;

class NoDuplicateMembersTest {

    private final WorkspaceFixtures team = aTeam();

    @Test
    void adding_an_existing_member_again_is_a_conflict() {
        assertThatThrownBy(() -> team.workspace.addMember(team.owner, team.member, Role.ADMIN, LATER))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.CONFLICT);

        assertThat(team.workspace.members())
                .filteredOn(m -> m.accountId().equals(team.member))
                .containsExactly(new Membership(team.member, Role.MEMBER, CREATED_AT));
    }

    @Test
    void the_creator_cannot_be_added_twice() {
        assertThatThrownBy(() -> team.workspace.addMember(team.owner, team.owner, Role.OWNER, LATER))
                .isInstanceOf(ConflictException.class);

        assertThat(team.workspace.members()).hasSize(3);
    }

    @Test
    void inviting_an_invited_account_or_a_member_again_is_a_conflict() {
        team.workspace.invite(team.owner, team.stranger, Role.MEMBER, LATER);

        assertThatThrownBy(() -> team.workspace.invite(team.admin, team.stranger, Role.ADMIN, LATER))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Account is already invited to this workspace");
        assertThatThrownBy(() -> team.workspace.addOrInvite(team.owner, team.stranger, Role.MEMBER, true, LATER))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> team.workspace.invite(team.owner, team.member, Role.MEMBER, LATER))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Account is already a member of this workspace");

        assertThat(team.workspace.members()).hasSize(4);
    }

    @Test
    void changing_the_role_of_an_unknown_member_is_not_found() {
        assertThatThrownBy(() -> team.workspace.changeRole(team.owner, team.stranger, Role.ADMIN))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Member not found")
                .extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.NOT_FOUND);

        assertThat(team.workspace.roleOf(team.stranger)).isEmpty();
    }

    @Test
    void removing_an_unknown_member_is_not_found() {
        assertThatThrownBy(() -> team.workspace.removeMember(team.owner, team.stranger))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Member not found")
                .extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.NOT_FOUND);

        assertThat(team.workspace.members()).hasSize(3);
    }
}
