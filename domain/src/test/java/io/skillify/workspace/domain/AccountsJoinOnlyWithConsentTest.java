package io.skillify.workspace.domain;

import static io.skillify.workspace.domain.WorkspaceFixtures.LATER;
import static io.skillify.workspace.domain.WorkspaceFixtures.aTeam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.ForbiddenException;
import io.skillify.workspace.domain.event.MemberAdded;
import io.skillify.workspace.domain.event.MemberInvited;
import org.junit.jupiter.api.Test;

class AccountsJoinOnlyWithConsentTest {

    private final WorkspaceFixtures team = aTeam();

    @Test
    void an_account_the_actor_does_not_own_is_only_invited() {
        DomainEvent event = team.workspace.addOrInvite(team.admin, team.stranger, Role.MEMBER, false, LATER);

        assertThat(event).isEqualTo(new MemberInvited(team.workspace.id(), team.stranger, Role.MEMBER, team.admin));
        assertThat(team.workspace.roleOf(team.stranger)).isEmpty();
        assertThat(team.workspace.members())
                .filteredOn(m -> m.accountId().equals(team.stranger))
                .containsExactly(new Membership(team.stranger, Role.MEMBER, MembershipStatus.INVITED, LATER, team.admin));
    }

    @Test
    void an_account_the_actor_owns_is_added_at_once() {
        DomainEvent event = team.workspace.addOrInvite(team.admin, team.stranger, Role.ADMIN, true, LATER);

        assertThat(event).isEqualTo(new MemberAdded(team.workspace.id(), team.stranger, Role.ADMIN));
        assertThat(team.workspace.roleOf(team.stranger)).contains(Role.ADMIN);
    }

    @Test
    void inviting_takes_the_rights_adding_takes() {
        assertThatThrownBy(() -> team.workspace.addOrInvite(team.member, team.stranger, Role.MEMBER, false, LATER))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> team.workspace.addOrInvite(team.admin, team.stranger, Role.OWNER, false, LATER))
                .isInstanceOf(ForbiddenException.class);

        assertThat(team.workspace.members()).hasSize(3);
    }
}
