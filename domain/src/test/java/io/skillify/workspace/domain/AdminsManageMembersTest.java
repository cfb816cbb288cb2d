package io.skillify.workspace.domain;

import static io.skillify.workspace.domain.WorkspaceFixtures.LATER;
import static io.skillify.workspace.domain.WorkspaceFixtures.aTeam;
import static io.skillify.workspace.domain.WorkspaceFixtures.anAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.DomainException;
import io.skillify.shared.domain.ForbiddenException;
import io.skillify.workspace.domain.event.MemberAdded;
import io.skillify.workspace.domain.event.MemberRemoved;
import io.skillify.workspace.domain.event.MemberRoleChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdminsManageMembersTest {

    private final WorkspaceFixtures team = aTeam();

    private AccountId actor(String who) {
        return switch (who) {
            case "owner" -> team.owner;
            case "admin" -> team.admin;
            default -> throw new IllegalArgumentException(who);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"owner", "admin"})
    void an_admin_or_owner_adds_members_and_admins(String who) {
        AccountId newMember = anAccount();
        AccountId newAdmin = anAccount();

        MemberAdded addedMember = team.workspace.addMember(actor(who), newMember, Role.MEMBER, LATER);
        MemberAdded addedAdmin = team.workspace.addMember(actor(who), newAdmin, Role.ADMIN, LATER);

        assertThat(addedMember).isEqualTo(new MemberAdded(team.workspace.id(), newMember, Role.MEMBER));
        assertThat(addedAdmin).isEqualTo(new MemberAdded(team.workspace.id(), newAdmin, Role.ADMIN));
        assertThat(team.workspace.roleOf(newMember)).contains(Role.MEMBER);
        assertThat(team.workspace.roleOf(newAdmin)).contains(Role.ADMIN);
        assertThat(team.workspace.members()).contains(new Membership(newMember, Role.MEMBER, LATER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"owner", "admin"})
    void an_admin_or_owner_changes_the_role_of_a_non_owner(String who) {
        MemberRoleChanged promoted = team.workspace.changeRole(actor(who), team.member, Role.ADMIN);

        assertThat(promoted).isEqualTo(
                new MemberRoleChanged(team.workspace.id(), team.member, Role.MEMBER, Role.ADMIN));
        assertThat(team.workspace.roleOf(team.member)).contains(Role.ADMIN);

        MemberRoleChanged demoted = team.workspace.changeRole(actor(who), team.member, Role.MEMBER);

        assertThat(demoted).isEqualTo(
                new MemberRoleChanged(team.workspace.id(), team.member, Role.ADMIN, Role.MEMBER));
        assertThat(team.workspace.roleOf(team.member)).contains(Role.MEMBER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"owner", "admin"})
    void an_admin_or_owner_removes_a_non_owner(String who) {
        DomainEvent removed = team.workspace.removeMember(actor(who), team.member);

        assertThat(removed).isEqualTo(new MemberRemoved(team.workspace.id(), team.member, actor(who)));
        assertThat(team.workspace.roleOf(team.member)).isEmpty();
    }

    @Test
    void an_admin_demotes_another_admin() {
        AccountId otherAdmin = anAccount();
        team.workspace.addMember(team.owner, otherAdmin, Role.ADMIN, LATER);

        team.workspace.changeRole(team.admin, otherAdmin, Role.MEMBER);

        assertThat(team.workspace.roleOf(otherAdmin)).contains(Role.MEMBER);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void a_plain_member_may_not_add_anyone(Role role) {
        AccountId newcomer = anAccount();

        assertForbidden(() -> team.workspace.addMember(team.member, newcomer, role, LATER));
        assertThat(team.workspace.roleOf(newcomer)).isEmpty();
    }

    @Test
    void a_plain_member_may_not_change_roles() {
        AccountId colleague = anAccount();
        team.workspace.addMember(team.admin, colleague, Role.MEMBER, LATER);

        assertForbidden(() -> team.workspace.changeRole(team.member, colleague, Role.ADMIN));
        assertForbidden(() -> team.workspace.changeRole(team.member, team.member, Role.ADMIN));
        assertForbidden(() -> team.workspace.changeRole(team.member, team.admin, Role.MEMBER));
        assertThat(team.workspace.roleOf(colleague)).contains(Role.MEMBER);
        assertThat(team.workspace.roleOf(team.member)).contains(Role.MEMBER);
        assertThat(team.workspace.roleOf(team.admin)).contains(Role.ADMIN);
    }

    @Test
    void a_plain_member_may_not_remove_someone_else() {
        AccountId colleague = anAccount();
        team.workspace.addMember(team.admin, colleague, Role.MEMBER, LATER);

        assertForbidden(() -> team.workspace.removeMember(team.member, colleague));
        assertForbidden(() -> team.workspace.removeMember(team.member, team.admin));
        assertThat(team.workspace.roleOf(colleague)).contains(Role.MEMBER);
        assertThat(team.workspace.roleOf(team.admin)).contains(Role.ADMIN);
    }

    @Test
    void a_non_member_may_do_nothing() {
        assertForbidden(() -> team.workspace.addMember(team.stranger, anAccount(), Role.MEMBER, LATER));
        assertForbidden(() -> team.workspace.addMember(team.stranger, team.stranger, Role.MEMBER, LATER));
        assertForbidden(() -> team.workspace.changeRole(team.stranger, team.member, Role.ADMIN));
        assertForbidden(() -> team.workspace.removeMember(team.stranger, team.member));
        assertThat(team.workspace.roleOf(team.stranger)).isEmpty();
        assertThat(team.workspace.roleOf(team.member)).contains(Role.MEMBER);
    }

    private static void assertForbidden(Runnable action) {
        assertThatThrownBy(action::run)
                .isInstanceOf(ForbiddenException.class)
                .extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.FORBIDDEN);
    }
}
