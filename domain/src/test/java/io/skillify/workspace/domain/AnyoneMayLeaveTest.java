package io.skillify.workspace.domain;

import static io.skillify.workspace.domain.WorkspaceFixtures.aTeam;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.workspace.domain.event.MemberRemoved;
import org.junit.jupiter.api.Test;

class AnyoneMayLeaveTest {

    private final WorkspaceFixtures team = aTeam();

    @Test
    void a_plain_member_leaves() {
        assertLeaves(team.member);
    }

    @Test
    void an_admin_leaves() {
        assertLeaves(team.admin);
    }

    @Test
    void leaving_touches_nobody_else() {
        team.workspace.removeMember(team.member, team.member);

        assertThat(team.workspace.members())
                .extracting(Membership::accountId)
                .containsExactlyInAnyOrder(team.owner, team.admin);
    }

    private void assertLeaves(AccountId leaver) {
        DomainEvent removed = team.workspace.removeMember(leaver, leaver);

        assertThat(removed).isEqualTo(new MemberRemoved(team.workspace.id(), leaver, leaver));
        assertThat(team.workspace.roleOf(leaver)).isEmpty();
        assertThat(team.workspace.members()).extracting(Membership::accountId).doesNotContain(leaver);
    }
}
