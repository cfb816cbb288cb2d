package io.skillify.workspace.domain;

import static io.skillify.workspace.domain.WorkspaceFixtures.LATER;
import static io.skillify.workspace.domain.WorkspaceFixtures.aTeam;
import static io.skillify.workspace.domain.WorkspaceFixtures.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.DomainException;
import io.skillify.workspace.domain.event.MemberRemoved;
import io.skillify.workspace.domain.event.MemberRoleChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkspaceKeepsAnOwnerTest {

    private final WorkspaceFixtures team = aTeam();

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "MEMBER"})
    void the_last_owner_cannot_step_down(Role lowerRole) {
        assertLastOwner(() -> team.workspace.changeRole(team.owner, team.owner, lowerRole));
        assertThat(team.workspace.roleOf(team.owner)).contains(Role.OWNER);
    }

    @Test
    void the_last_owner_cannot_leave() {
        assertLastOwner(() -> team.workspace.removeMember(team.owner, team.owner));
        assertThat(team.workspace.roleOf(team.owner)).contains(Role.OWNER);
        assertThat(team.workspace.members()).hasSize(3);
    }

    @Test
    void an_owner_may_step_down_while_another_owner_remains() {
        AccountId coOwner = anAccount();
        team.workspace.addMember(team.owner, coOwner, Role.OWNER, LATER);

        MemberRoleChanged changed = team.workspace.changeRole(team.owner, team.owner, Role.ADMIN);

        assertThat(changed).isEqualTo(
                new MemberRoleChanged(team.workspace.id(), team.owner, Role.OWNER, Role.ADMIN));
        assertThat(team.workspace.roleOf(team.owner)).contains(Role.ADMIN);
        assertThat(team.workspace.roleOf(coOwner)).contains(Role.OWNER);
    }

    @Test
    void an_owner_may_leave_while_another_owner_remains() {
        AccountId coOwner = anAccount();
        team.workspace.addMember(team.owner, coOwner, Role.OWNER, LATER);

        DomainEvent removed = team.workspace.removeMember(team.owner, team.owner);

        assertThat(removed).isEqualTo(new MemberRemoved(team.workspace.id(), team.owner, team.owner));
        assertThat(team.workspace.roleOf(team.owner)).isEmpty();
        assertThat(team.workspace.roleOf(coOwner)).contains(Role.OWNER);
    }

    @Test
    void once_one_of_two_owners_left_the_other_is_the_last_one() {
        AccountId coOwner = anAccount();
        team.workspace.addMember(team.owner, coOwner, Role.OWNER, LATER);
        team.workspace.removeMember(team.owner, team.owner);

        assertLastOwner(() -> team.workspace.removeMember(coOwner, coOwner));
        assertLastOwner(() -> team.workspace.changeRole(coOwner, coOwner, Role.MEMBER));
        assertThat(team.workspace.roleOf(coOwner)).contains(Role.OWNER);
    }

    @Test
    void an_owner_keeping_the_owner_role_is_not_stepping_down() {
        MemberRoleChanged changed = team.workspace.changeRole(team.owner, team.owner, Role.OWNER);

        assertThat(changed.to()).isEqualTo(Role.OWNER);
        assertThat(team.workspace.roleOf(team.owner)).contains(Role.OWNER);
    }

    private static void assertLastOwner(Runnable action) {
        assertThatThrownBy(action::run)
                .isInstanceOf(LastOwnerException.class)
                .hasMessage("A workspace must keep at least one owner")
                .extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.CONFLICT);
    }
}
