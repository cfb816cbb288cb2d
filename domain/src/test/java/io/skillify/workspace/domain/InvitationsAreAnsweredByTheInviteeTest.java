package io.skillify.workspace.domain;

import static io.skillify.workspace.domain.WorkspaceFixtures.LATER;
import static io.skillify.workspace.domain.WorkspaceFixtures.aTeam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.NotFoundException;
import io.skillify.workspace.domain.event.InvitationDeclined;
import io.skillify.workspace.domain.event.MemberAdded;
import io.skillify.workspace.domain.event.MemberInvited;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvitationsAreAnsweredByTheInviteeTest {

    private static final Instant ACCEPTED_AT = Instant.parse("2025-01-03T09:00:00Z");

    private final WorkspaceFixtures team = aTeam();

    @Test
    void accepting_makes_a_member_with_the_invited_role_from_then_on() {
        team.workspace.invite(team.admin, team.stranger, Role.ADMIN, LATER);

        MemberAdded added = team.workspace.acceptInvitation(team.stranger, ACCEPTED_AT);

        assertThat(added).isEqualTo(new MemberAdded(team.workspace.id(), team.stranger, Role.ADMIN));
        assertThat(team.workspace.roleOf(team.stranger)).contains(Role.ADMIN);
        assertThat(team.workspace.members())
                .filteredOn(m -> m.accountId().equals(team.stranger))
                .containsExactly(new Membership(team.stranger, Role.ADMIN, MembershipStatus.ACTIVE, ACCEPTED_AT,
                        team.admin));
    }

    @Test
    void declining_removes_the_invitation_and_a_new_one_may_follow() {
        team.workspace.invite(team.admin, team.stranger, Role.MEMBER, LATER);

        InvitationDeclined declined = team.workspace.declineInvitation(team.stranger);

        assertThat(declined).isEqualTo(new InvitationDeclined(team.workspace.id(), team.stranger));
        assertThat(team.workspace.members()).hasSize(3);
        assertThat(team.workspace.invite(team.owner, team.stranger, Role.MEMBER, ACCEPTED_AT))
                .isEqualTo(new MemberInvited(team.workspace.id(), team.stranger, Role.MEMBER, team.owner));
    }

    @Test
    void without_a_pending_invitation_there_is_nothing_to_answer() {
        assertNoInvitation(() -> team.workspace.acceptInvitation(team.stranger, ACCEPTED_AT));
        assertNoInvitation(() -> team.workspace.declineInvitation(team.stranger));
        assertNoInvitation(() -> team.workspace.acceptInvitation(team.member, ACCEPTED_AT));
        assertNoInvitation(() -> team.workspace.declineInvitation(team.member));

        team.workspace.invite(team.admin, team.stranger, Role.MEMBER, LATER);
        team.workspace.declineInvitation(team.stranger);
        assertNoInvitation(() -> team.workspace.acceptInvitation(team.stranger, ACCEPTED_AT));
        assertThat(team.workspace.roleOf(team.stranger)).isEmpty();
        assertThat(team.workspace.roleOf(team.member)).contains(Role.MEMBER);
    }

    private static void assertNoInvitation(Runnable answer) {
        assertThatThrownBy(answer::run).isInstanceOf(NotFoundException.class).hasMessage("Invitation not found");
    }
}
