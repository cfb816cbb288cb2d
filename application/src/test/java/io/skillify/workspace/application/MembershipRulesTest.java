package io.skillify.workspace.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.ConflictException;
import io.skillify.shared.domain.ForbiddenException;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.in.AddMemberUseCase.AddMemberCommand;
import io.skillify.workspace.application.port.in.ChangeMemberRoleUseCase.ChangeMemberRoleCommand;
import io.skillify.workspace.application.port.in.InvitationAnswer;
import io.skillify.workspace.domain.LastOwnerException;
import io.skillify.workspace.domain.MembershipStatus;
import io.skillify.workspace.domain.Role;
import io.skillify.workspace.domain.event.InvitationDeclined;
import io.skillify.workspace.domain.event.InvitationWithdrawn;
import io.skillify.workspace.domain.event.MemberAdded;
import io.skillify.workspace.domain.event.MemberInvited;
import io.skillify.workspace.domain.event.MemberRemoved;
import io.skillify.workspace.domain.event.MemberRoleChanged;
import io.skillify.workspace.domain.view.InvitationView;
import io.skillify.workspace.domain.view.MemberView;
import io.skillify.workspace.domain.view.WorkspaceAccess;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Adding, inviting, promoting and removing members, against in-memory ports. */
class MembershipRulesTest {

    private final WorkspaceUseCases app = new WorkspaceUseCases();
    private final AccountId alice = app.person("alice");
    private final WorkspaceId workspace = app.workspaceOf(alice);

    @Test
    void anAccountTheAdderOwnsJoinsAtOnce() {
        AccountId bot = app.accounts.add("alice-bot", alice);

        MemberView added = app.add.add(new AddMemberCommand(workspace, alice, bot, Role.MEMBER));

        assertThat(added.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(app.access.accessOf(bot, workspace)).isEqualTo(new WorkspaceAccess.Member(Role.MEMBER));
        assertThat(app.events.of(MemberAdded.class)).containsExactly(new MemberAdded(workspace, bot, Role.MEMBER));
    }

    @Test
    void anAccountOwnedThroughAnotherOwnedAccountJoinsAtOnce() {
        AccountId bot = app.accounts.add("alice-bot", alice);
        AccountId botOfBot = app.accounts.add("bot-of-bot", bot);

        assertThat(app.add.add(new AddMemberCommand(workspace, alice, botOfBot, Role.MEMBER)).status())
                .isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void anAccountTheAdderDoesNotOwnIsOnlyInvitedAndHasNoAccess() {
        AccountId bob = app.person("bob");

        MemberView invited = app.add.add(new AddMemberCommand(workspace, alice, bob, Role.ADMIN));

        assertThat(invited.status()).isEqualTo(MembershipStatus.INVITED);
        assertThat(app.events.of(MemberInvited.class))
                .containsExactly(new MemberInvited(workspace, bob, Role.ADMIN, alice));
        assertThat(app.access.accessOf(bob, workspace)).isEqualTo(new WorkspaceAccess.NotAMember());
        assertThatThrownBy(() -> app.get.workspace(workspace, bob)).isInstanceOf(NotFoundException.class);
        assertThat(app.mine.workspacesOf(bob)).isEmpty();
        assertThat(app.invitations.invitationsFor(bob)).extracting(InvitationView::workspaceId)
                .containsExactly(workspace);
    }

    @Test
    void anInvitedAccountActsOnNothing() {
        AccountId bob = app.person("bob");
        app.add.add(new AddMemberCommand(workspace, alice, bob, Role.OWNER));

        assertThatThrownBy(() -> app.add.add(new AddMemberCommand(workspace, bob, app.person("carol"), Role.MEMBER)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> app.delete.delete(workspace, bob)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theInviteeAcceptsAndBecomesAMemberWithTheInvitedRole() {
        AccountId bob = app.person("bob");
        app.add.add(new AddMemberCommand(workspace, alice, bob, Role.ADMIN));

        MemberView accepted = app.invitations.accept(new InvitationAnswer(workspace, bob, null));

        assertThat(accepted.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(app.access.accessOf(bob, workspace)).isEqualTo(new WorkspaceAccess.Member(Role.ADMIN));
        assertThat(app.events.of(MemberAdded.class)).containsExactly(new MemberAdded(workspace, bob, Role.ADMIN));
        assertThat(app.invitations.invitationsFor(bob)).isEmpty();
    }

    @Test
    void theInviteeDeclinesAndTheInvitationIsGone() {
        AccountId bob = app.person("bob");
        app.add.add(new AddMemberCommand(workspace, alice, bob, Role.MEMBER));

        app.invitations.decline(new InvitationAnswer(workspace, bob, null));

        assertThat(app.events.of(InvitationDeclined.class)).containsExactly(new InvitationDeclined(workspace, bob));
        assertThat(app.workspaces.membershipOf(workspace, bob)).isEmpty();
        assertThat(app.access.accessOf(bob, workspace)).isEqualTo(new WorkspaceAccess.NotAMember());
        assertThat(app.add.add(new AddMemberCommand(workspace, alice, bob, Role.MEMBER)).status())
                .as("a new invitation may be made later").isEqualTo(MembershipStatus.INVITED);
    }

    @Test
    void theOwnerOfAnInvitedAccountAnswersForIt() {
        AccountId bob = app.person("bob");
        AccountId bobsBot = app.accounts.add("bob-bot", bob);
        app.add.add(new AddMemberCommand(workspace, alice, bobsBot, Role.MEMBER));

        assertThat(app.invitations.invitationsFor(bob)).extracting(InvitationView::accountId)
                .containsExactly(bobsBot);
        assertThat(app.invitations.accept(new InvitationAnswer(workspace, bob, bobsBot)).status())
                .isEqualTo(MembershipStatus.ACTIVE);
    }

    @Test
    void anyoneElseFindsNoInvitationToAnswer() {
        AccountId bob = app.person("bob");
        app.add.add(new AddMemberCommand(workspace, alice, bob, Role.MEMBER));

        assertThatThrownBy(() -> app.invitations.accept(new InvitationAnswer(workspace, alice, bob)))
                .isInstanceOf(NotFoundException.class).hasMessage("Invitation not found");
        assertThatThrownBy(() -> app.invitations.decline(new InvitationAnswer(workspace, alice, bob)))
                .isInstanceOf(NotFoundException.class).hasMessage("Invitation not found");
        assertThat(app.workspaces.membershipOf(workspace, bob)).get()
                .satisfies(membership -> assertThat(membership.status()).isEqualTo(MembershipStatus.INVITED));
    }

    @Test
    void aMemberHasNoInvitationToAccept() {
        AccountId member = app.memberOf(workspace, alice, Role.MEMBER);

        assertThatThrownBy(() -> app.invitations.accept(new InvitationAnswer(workspace, member, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyAdminsAddMembers() {
        AccountId member = app.memberOf(workspace, alice, Role.MEMBER);
        AccountId bob = app.person("bob");

        assertThatThrownBy(() -> app.add.add(new AddMemberCommand(workspace, member, bob, Role.MEMBER)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(app.workspaces.membershipOf(workspace, bob)).isEmpty();
        assertThat(app.events.of(MemberInvited.class)).hasSize(1).as("only the member's own invitation");
    }

    @Test
    void onlyOwnersGrantTheOwnerRole() {
        AccountId admin = app.memberOf(workspace, alice, Role.ADMIN);

        assertThatThrownBy(() -> app.add.add(new AddMemberCommand(workspace, admin, app.person("bob"), Role.OWNER)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aRevokedOrUnknownAccountCannotBeAdded() {
        AccountId bot = app.accounts.add("alice-bot", alice);
        app.accounts.revoke(bot);

        assertThatThrownBy(() -> app.add.add(new AddMemberCommand(workspace, alice, bot, Role.MEMBER)))
                .isInstanceOf(NotFoundException.class).hasMessage("Account not found");
        assertThatThrownBy(() -> app.add.add(new AddMemberCommand(workspace, alice, new AccountId(UUID.randomUUID()),
                Role.MEMBER))).isInstanceOf(NotFoundException.class).hasMessage("Account not found");
    }

    @Test
    void addingToAMissingWorkspaceIsNotFound() {
        AccountId bot = app.accounts.add("alice-bot", alice);

        assertThatThrownBy(() -> app.add.add(new AddMemberCommand(new WorkspaceId(UUID.randomUUID()), alice, bot,
                Role.MEMBER))).isInstanceOf(NotFoundException.class).hasMessage("Workspace not found");
    }

    @Test
    void aMemberOrInvitedAccountCannotBeAddedTwice() {
        AccountId member = app.memberOf(workspace, alice, Role.MEMBER);
        AccountId bob = app.person("bob");
        app.add.add(new AddMemberCommand(workspace, alice, bob, Role.MEMBER));

        assertThatThrownBy(() -> app.add.add(new AddMemberCommand(workspace, alice, member, Role.ADMIN)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already a member");
        assertThatThrownBy(() -> app.add.add(new AddMemberCommand(workspace, alice, bob, Role.ADMIN)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already invited");
    }

    @Test
    void theLastOwnerCannotLeave() {
        assertThatThrownBy(() -> app.remove.remove(workspace, alice, alice)).isInstanceOf(LastOwnerException.class);
        assertThat(app.access.accessOf(alice, workspace)).isEqualTo(new WorkspaceAccess.Member(Role.OWNER));
        assertThat(app.events.of(MemberRemoved.class)).isEmpty();
    }

    @Test
    void theLastOwnerCannotBeDemoted() {
        assertThatThrownBy(() -> app.changeRole.changeRole(
                new ChangeMemberRoleCommand(workspace, alice, alice, Role.ADMIN)))
                .isInstanceOf(LastOwnerException.class);
        assertThat(app.access.accessOf(alice, workspace)).isEqualTo(new WorkspaceAccess.Member(Role.OWNER));
    }

    @Test
    void anInvitedOwnerDoesNotCountAsAnotherOwner() {
        app.add.add(new AddMemberCommand(workspace, alice, app.person("bob"), Role.OWNER));

        assertThatThrownBy(() -> app.remove.remove(workspace, alice, alice)).isInstanceOf(LastOwnerException.class);
    }

    @Test
    void withASecondOwnerTheFirstMayLeave() {
        AccountId second = app.memberOf(workspace, alice, Role.OWNER);

        app.remove.remove(workspace, alice, alice);

        assertThat(app.events.of(MemberRemoved.class)).containsExactly(new MemberRemoved(workspace, alice, alice));
        assertThat(app.access.accessOf(second, workspace)).isEqualTo(new WorkspaceAccess.Member(Role.OWNER));
        assertThat(app.access.accessOf(alice, workspace)).isEqualTo(new WorkspaceAccess.NotAMember());
    }

    @Test
    void removingAMemberPublishesMemberRemovedAndEndsItsAccess() {
        AccountId admin = app.memberOf(workspace, alice, Role.ADMIN);
        AccountId member = app.memberOf(workspace, alice, Role.MEMBER);

        app.remove.remove(workspace, admin, member);

        assertThat(app.events.of(MemberRemoved.class)).containsExactly(new MemberRemoved(workspace, member, admin));
        assertThat(app.access.accessOf(member, workspace)).isEqualTo(new WorkspaceAccess.NotAMember());
    }

    @Test
    void anyMemberMayLeaveButNotRemoveAnother() {
        AccountId member = app.memberOf(workspace, alice, Role.MEMBER);
        AccountId other = app.memberOf(workspace, alice, Role.MEMBER);

        assertThatThrownBy(() -> app.remove.remove(workspace, member, other)).isInstanceOf(ForbiddenException.class);
        app.remove.remove(workspace, member, member);

        assertThat(app.events.of(MemberRemoved.class)).containsExactly(new MemberRemoved(workspace, member, member));
    }

    @Test
    void onlyAnOwnerRemovesAnOwner() {
        AccountId owner = app.memberOf(workspace, alice, Role.OWNER);
        AccountId admin = app.memberOf(workspace, alice, Role.ADMIN);

        assertThatThrownBy(() -> app.remove.remove(workspace, admin, owner)).isInstanceOf(ForbiddenException.class);
        app.remove.remove(workspace, alice, owner);

        assertThat(app.access.accessOf(owner, workspace)).isEqualTo(new WorkspaceAccess.NotAMember());
    }

    @Test
    void removingAnInvitedAccountWithdrawsTheInvitation() {
        AccountId bob = app.person("bob");
        app.add.add(new AddMemberCommand(workspace, alice, bob, Role.MEMBER));

        app.remove.remove(workspace, alice, bob);

        assertThat(app.events.of(InvitationWithdrawn.class))
                .containsExactly(new InvitationWithdrawn(workspace, bob, alice));
        assertThat(app.events.of(MemberRemoved.class)).isEmpty();
        assertThat(app.invitations.invitationsFor(bob)).isEmpty();
    }

    @Test
    void removingAnAccountThatIsNoMemberIsNotFound() {
        assertThatThrownBy(() -> app.remove.remove(workspace, alice, app.person("bob")))
                .isInstanceOf(NotFoundException.class).hasMessage("Member not found");
    }

    @Test
    void anAdminChangesAMembersRole() {
        AccountId admin = app.memberOf(workspace, alice, Role.ADMIN);
        AccountId member = app.memberOf(workspace, alice, Role.MEMBER);

        MemberView changed = app.changeRole.changeRole(
                new ChangeMemberRoleCommand(workspace, admin, member, Role.ADMIN));

        assertThat(changed.role()).isEqualTo(Role.ADMIN);
        assertThat(app.events.of(MemberRoleChanged.class))
                .containsExactly(new MemberRoleChanged(workspace, member, Role.MEMBER, Role.ADMIN));
    }

    @Test
    void onlyAnOwnerTouchesTheOwnerRole() {
        AccountId admin = app.memberOf(workspace, alice, Role.ADMIN);
        AccountId member = app.memberOf(workspace, alice, Role.MEMBER);

        assertThatThrownBy(() -> app.changeRole.changeRole(
                new ChangeMemberRoleCommand(workspace, admin, member, Role.OWNER)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> app.changeRole.changeRole(
                new ChangeMemberRoleCommand(workspace, admin, alice, Role.MEMBER)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(app.events.of(MemberRoleChanged.class)).isEmpty();
    }

    @Test
    void aPlainMemberChangesNoRole() {
        AccountId member = app.memberOf(workspace, alice, Role.MEMBER);
        AccountId other = app.memberOf(workspace, alice, Role.MEMBER);

        assertThatThrownBy(() -> app.changeRole.changeRole(
                new ChangeMemberRoleCommand(workspace, member, other, Role.ADMIN)))
                .isInstanceOf(ForbiddenException.class);
    }
}
