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

class OnlyOwnersTouchTheOwnerRoleTest {

    private final WorkspaceFixtures team = aTeam();

    @Test
    void an_owner_adds_another_owner() {
        AccountId coOwner = anAccount();

        MemberAdded added = team.workspace.addMember(team.owner, coOwner, Role.OWNER, LATER);

        assertThat(added).isEqualTo(new MemberAdded(team.workspace.id(), coOwner, Role.OWNER));
        assertThat(team.workspace.roleOf(coOwner)).contains(Role.OWNER);
    }

    @Test
    void an_owner_promotes_an_admin_to_owner() {
        MemberRoleChanged changed = team.workspace.changeRole(team.owner, team.admin, Role.OWNER);

        assertThat(changed).isEqualTo(
                new MemberRoleChanged(team.workspace.id(), team.admin, Role.ADMIN, Role.OWNER));
        assertThat(team.workspace.roleOf(team.admin)).contains(Role.OWNER);
    }

    @Test
    void an_owner_demotes_another_owner() {
        AccountId coOwner = anAccount();
        team.workspace.addMember(team.owner, coOwner, Role.OWNER, LATER);

        MemberRoleChanged changed = team.workspace.changeRole(team.owner, coOwner, Role.ADMIN);

        assertThat(changed).isEqualTo(
                new MemberRoleChanged(team.workspace.id(), coOwner, Role.OWNER, Role.ADMIN));
        assertThat(team.workspace.roleOf(coOwner)).contains(Role.ADMIN);
    }

    @Test
    void an_owner_removes_another_owner() {
        AccountId coOwner = anAccount();
        team.workspace.addMember(team.owner, coOwner, Role.OWNER, LATER);

        DomainEvent removed = team.workspace.removeMember(team.owner, coOwner);

        assertThat(removed).isEqualTo(new MemberRemoved(team.workspace.id(), coOwner, team.owner));
        assertThat(team.workspace.roleOf(coOwner)).isEmpty();
    }

    @Test
    void an_admin_may_not_add_an_owner() {
        AccountId newcomer = anAccount();

        assertForbidden(() -> team.workspace.addMember(team.admin, newcomer, Role.OWNER, LATER));
        assertThat(team.workspace.roleOf(newcomer)).isEmpty();
    }

    @Test
    void an_admin_may_not_promote_anyone_to_owner() {
        assertForbidden(() -> team.workspace.changeRole(team.admin, team.member, Role.OWNER));
        assertForbidden(() -> team.workspace.changeRole(team.admin, team.admin, Role.OWNER));
        assertThat(team.workspace.roleOf(team.member)).contains(Role.MEMBER);
        assertThat(team.workspace.roleOf(team.admin)).contains(Role.ADMIN);
    }

    @Test
    void an_admin_may_not_demote_an_owner() {
        AccountId coOwner = anAccount();
        team.workspace.addMember(team.owner, coOwner, Role.OWNER, LATER);

        assertForbidden(() -> team.workspace.changeRole(team.admin, coOwner, Role.ADMIN));
        assertForbidden(() -> team.workspace.changeRole(team.admin, team.owner, Role.MEMBER));
        assertThat(team.workspace.roleOf(coOwner)).contains(Role.OWNER);
        assertThat(team.workspace.roleOf(team.owner)).contains(Role.OWNER);
    }

    @Test
    void an_admin_may_not_remove_an_owner() {
        AccountId coOwner = anAccount();
        team.workspace.addMember(team.owner, coOwner, Role.OWNER, LATER);

        assertForbidden(() -> team.workspace.removeMember(team.admin, coOwner));
        assertForbidden(() -> team.workspace.removeMember(team.admin, team.owner));
        assertThat(team.workspace.roleOf(coOwner)).contains(Role.OWNER);
        assertThat(team.workspace.roleOf(team.owner)).contains(Role.OWNER);
    }

    @Test
    void an_admin_is_refused_even_when_the_owner_is_the_last_one() {
        // Permission is checked before the last-owner rule: an admin learns nothing about the owner count.
        assertForbidden(() -> team.workspace.removeMember(team.admin, team.owner));
        assertForbidden(() -> team.workspace.changeRole(team.admin, team.owner, Role.ADMIN));
    }

    private static void assertForbidden(Runnable action) {
        assertThatThrownBy(action::run)
                .isInstanceOf(ForbiddenException.class)
                .extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.FORBIDDEN);
    }
}
